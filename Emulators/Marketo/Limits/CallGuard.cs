using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace MsiDynamics.Emulators.Marketo;

/// <summary>
/// What happens to a call before its endpoint runs, in order: the size limits and body parsing (413, 414,
/// 609, 612); for REST calls the token (601/602, not counted, §5.2), the quota and rate (607, 606), the
/// concurrency limit (615), then the injected faults (latency while holding the slot, an error code, a
/// dropped connection). Every call past the token counts against the quota and in the API user's daily usage
/// (§3.9); one that ends with a code not counted (§5.2 *) is taken back from both.
/// </summary>
internal static class CallGuard
{
    public static async Task InvokeAsync(HttpContext http, RequestDelegate next)
    {
        var context = http.RequestServices.GetRequiredService<MarketoContext>();
        if (await MarketoRequestReader.ReadAsync(http, context.Envelope) is { } unreadable)
        {
            await unreadable.ExecuteAsync(http);
            return;
        }

        if (!MarketoContext.IsRest(http.Request.Path))
        {
            await next(http);
            return;
        }

        if (TokenCheck.Check(http, context, MarketoRequestReader.Stored(http)!, out var user) is { } denied)
        {
            await denied.ExecuteAsync(http);
            return;
        }

        var admittedAt = context.Time.GetUtcNow();
        context.Usage.Add(admittedAt, user!);
        if (context.Allowance.Admit(context.Options, admittedAt) is { } limit)
        {
            await Refuse(context, limit).ExecuteAsync(http);
            return;
        }

        if (!context.Allowance.TryEnter(context.Options.MaxConcurrentCalls))
        {
            await Refuse(context, MarketoErrors.ConcurrencyLimit).ExecuteAsync(http);
            return;
        }

        try
        {
            await RunAsync(http, context, next);
        }
        finally
        {
            context.Allowance.Exit();
        }

        if (MarketoErrors.IsNotCounted(http.Items[MarketoResponse.CodeItem] as string))
        {
            context.Allowance.Refund(admittedAt);
            context.Usage.Remove(admittedAt, user!);
        }
    }

    private static async Task RunAsync(HttpContext http, MarketoContext context, RequestDelegate next)
    {
        var faults = context.Options.Faults;
        var (drop, code) = context.Faults.Draw(faults);
        if (faults.Latency > TimeSpan.Zero)
        {
            await Task.Delay(faults.Latency, context.Time, http.RequestAborted);
        }

        if (context.Faults.DrawSlow(faults))
        {
            // A client that gives up does not stop Marketo: the call is carried out after the delay all the same, its
            // answer written to nobody once the client has gone.
            await Task.Delay(faults.SlowCallDelay, context.Time, CancellationToken.None);
            if (http.RequestAborted.IsCancellationRequested)
            {
                context.Traffic.CountAbandoned();
                http.Response.Body = new MemoryStream();
                await next(http);
                return;
            }
        }

        if (drop && !faults.DropAfterProcessing)
        {
            Drop(http, context);
        }
        else if (code is not null)
        {
            await FaultInjector.Answer(context, code).ExecuteAsync(http);
        }
        else if (drop)
        {
            // Do the work but never answer: the client cannot tell whether its write happened.
            http.Response.Body = new MemoryStream();
            await next(http);
            Drop(http, context);
        }
        else
        {
            await next(http);
        }
    }

    private static void Drop(HttpContext http, MarketoContext context)
    {
        context.Traffic.CountDropped();
        http.Abort();
    }

    private static MarketoResponse Refuse(MarketoContext context, string code) =>
        MarketoResponse.Json(context.Envelope.Failure(code, CallAllowance.MessageFor(code, context.Options)));
}
