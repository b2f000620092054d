using Microsoft.Xrm.Sdk;
using MsiDynamics.Emulators.Tests.Dataverse.Pipeline.TestPlugins;

namespace MsiDynamics.Emulators.Tests.Dataverse.Pipeline;

public sealed class ImageTests
{
    [Test]
    public void Pre_and_post_images_hold_only_their_registered_columns_before_and_after_the_update()
    {
        var test = TestOrganization.With(typeof(ImagePlugins.OnUpdate));
        var account = test.Seed("account", ("name", "Contoso"));
        var contact = test.Seed("contact", ("firstname", "Ada"), ("lastname", "Byron"), ("parentcustomerid", new EntityReference("account", account)));

        test.Service.Update(new Entity("contact", contact) { ["firstname"] = "Augusta" });

        var seen = test.Seen("OnUpdate").Single();
        Assert.Multiple(() =>
        {
            Assert.That(seen.PreImages["pre"].Attributes.Keys, Is.EquivalentTo(new[] { "firstname", "parentcustomerid" }));
            Assert.That(seen.PreImages["pre"]["firstname"], Is.EqualTo("Ada"));
            Assert.That(seen.PostImages["post"].Attributes.Keys, Is.EquivalentTo(new[] { "firstname" }));
            Assert.That(seen.PostImages["post"]["firstname"], Is.EqualTo("Augusta"));
            Assert.That(seen.PreImages["pre"].Id, Is.EqualTo(contact));
        });
    }

    [Test]
    public void A_lookup_in_an_image_carries_the_primary_name_of_the_row_it_points_to()
    {
        var test = TestOrganization.With(typeof(ImagePlugins.OnUpdate));
        var account = test.Seed("account", ("name", "Contoso"));
        var contact = test.Seed("contact", ("parentcustomerid", new EntityReference("account", account)));

        test.Service.Update(new Entity("contact", contact) { ["firstname"] = "Ada" });

        var parent = test.Seen("OnUpdate").Single().PreImages["pre"].GetAttributeValue<EntityReference>("parentcustomerid");
        Assert.That((parent!.LogicalName, parent.Id, parent.Name), Is.EqualTo(("account", account, "Contoso")));
    }

    [Test]
    public void An_image_of_type_both_is_given_before_and_after()
    {
        var test = TestOrganization.With(typeof(ImagePlugins.Both));
        var contact = test.Seed("contact", ("lastname", "Byron"));

        test.Service.Update(new Entity("contact", contact) { ["lastname"] = "King" });

        var seen = test.Seen("Both").Single();
        Assert.That((seen.PreImages["both"]["lastname"], seen.PostImages["both"]["lastname"]), Is.EqualTo(("Byron", "King")));
    }

    [Test]
    public void A_create_has_a_post_image_with_every_column_the_platform_filled_and_no_pre_image()
    {
        var test = TestOrganization.With(typeof(ImagePlugins.OnCreate));

        var id = test.Service.Create(new Entity("contact") { ["firstname"] = "Ada", ["lastname"] = "Lovelace" });

        var seen = test.Seen("OnCreate").Single();
        Assert.That(seen.PreImages, Is.Empty);
        Assert.That(seen.PostImages["created"].Attributes.Keys, Is.SupersetOf(new[]
        {
            "contactid", "firstname", "fullname", "createdon", "createdby", "ownerid", "statecode", "statuscode", "versionnumber",
        }));
        Assert.That(seen.PostImages["created"]["contactid"], Is.EqualTo(id));
    }

    [Test]
    public void A_delete_has_the_pre_image_of_the_row_that_is_gone()
    {
        var test = TestOrganization.With(typeof(ImagePlugins.OnDelete));
        var contact = test.Seed("contact", ("firstname", "Ada"), ("lastname", "Byron"));

        test.Service.Delete("contact", contact);

        var seen = test.Seen("OnDelete").Single();
        Assert.That(seen.PreImages["gone"].Attributes.Keys, Is.EqualTo(new[] { "lastname" }));
        Assert.That(seen.PostImages, Is.Empty);
        Assert.That(test.Org.Find("contact", contact), Is.Null);
    }
}
