using MsiDynamics.Emulators.Marketo;

namespace MsiDynamics.Sandbox.Chaos;

/// <summary>
/// Marketo Sales Insight at work during a chaos run: every 0.3–1 s an interesting moment, or a priority, urgency and
/// relative score change, for a random person the workers have pushed, for the write-back to bring to Dynamics.
/// </summary>
internal sealed class ChaosMoments(MarketoEmulator marketo, int seed)
{
    private static readonly string[] Types = ["Web", "Email", "Milestone"];
    private readonly Random _random = new(seed);

    public int Moments { get; private set; }

    public int ScoreChanges { get; private set; }

    public async Task RunAsync(CancellationToken stop)
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(_random.Next(300, 1_000)), stop);
                var persons = marketo.Store.Leads.Where(l => l.ExternalPersonId is not null).ToList();
                if (persons.Count == 0)
                {
                    continue;
                }

                var person = persons[_random.Next(persons.Count)];
                if (_random.Next(3) == 0)
                {
                    marketo.RecordMsiScoreChange(person.Id, _random.Next(0, 100), _random.Next(0, 100), _random.Next(1, 101));
                    ScoreChanges++;
                }
                else
                {
                    var type = Types[_random.Next(Types.Length)];
                    marketo.RecordInterestingMoment(person.Id, type, $"{type} moment {Moments + 1} for {person.Email}", type == "Web" ? "Web page visit" : type);
                    Moments++;
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The storm is over.
        }
    }
}
