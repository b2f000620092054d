using MsiDynamics.Emulators.Kit.Faults;

namespace MsiDynamics.Emulators.Tests.Kit;

/// <summary>The chaos tests replay a fault sequence by its seed: the same seed gives the same faults.</summary>
public sealed class SeededRollsTests
{
    [Test]
    public void The_same_seed_gives_the_same_rolls_and_a_new_seed_restarts_the_sequence()
    {
        var first = new SeededRolls();
        var second = new SeededRolls();
        var a = new double[3];
        var b = new double[3];

        first.Draw(42, a);
        second.Draw(7, b);
        second.Draw(42, b);

        Assert.That(b, Is.EqualTo(a));
        Assert.That(a, Is.All.InRange(0.0, 1.0));
    }

    [Test]
    public void Successive_draws_continue_the_sequence_instead_of_repeating_it()
    {
        var rolls = new SeededRolls();
        var a = new double[2];
        var b = new double[2];

        rolls.Draw(1, a);
        rolls.Draw(1, b);

        Assert.That(b, Is.Not.EqualTo(a));
    }
}
