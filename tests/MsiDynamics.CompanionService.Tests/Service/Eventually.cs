using System.Diagnostics;

namespace MsiDynamics.CompanionService.Tests.Service;

/// <summary>Polls a condition with a deadline: the runner works on other threads, on a fake clock the test advances.</summary>
internal static class Eventually
{
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    public static async Task Until(Func<bool> condition, string what)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.That(watch.Elapsed, Is.LessThan(Deadline), $"waited in vain for {what}");
            await Task.Delay(TimeSpan.FromMilliseconds(5));
        }
    }
}
