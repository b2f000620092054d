using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Dataverse.Pipeline;
using MsiDynamics.Emulators.Tests.Dataverse.Pipeline.TestPlugins;

namespace MsiDynamics.Emulators.Tests.Dataverse.Pipeline;

public sealed class LoopGuardTests
{
    [Test]
    public void A_chain_of_requests_eight_deep_completes()
    {
        var test = TestOrganization.With(typeof(LoopPlugins.CountsUp));
        var counter = test.Seed("new_counter", ("new_value", 0), ("new_limit", 8));

        test.Service.Update(new Entity("new_counter", counter) { ["new_value"] = 1 });

        Assert.That(test.Seen("CountsUp").Select(s => s.Depth), Is.EqualTo(Enumerable.Range(1, 8)));
        Assert.That(test.Row("new_counter", counter)["new_value"], Is.EqualTo(8));
    }

    [Test]
    public void A_request_at_depth_nine_fails_as_an_infinite_loop_and_rolls_back_the_whole_chain()
    {
        var test = TestOrganization.With(typeof(LoopPlugins.CountsUp));
        var counter = test.Seed("new_counter", ("new_value", 0), ("new_limit", 100));

        var loop = Assert.Throws<PlatformFaultException>(() => test.Service.Update(new Entity("new_counter", counter) { ["new_value"] = 1 }));

        Assert.That(loop!.Fault, Is.EqualTo(PlatformFault.InfiniteLoop));
        Assert.That(test.Seen("CountsUp").Max(s => s.Depth), Is.EqualTo(8));
        Assert.That(test.Row("new_counter", counter)["new_value"], Is.EqualTo(0), "every update of the chain is rolled back");
    }
}
