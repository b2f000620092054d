using System.Xml.Linq;

namespace MsiDynamics.Solution.Tests;

/// <summary>The two zips hold what Dataverse imports (dataverse.md §5.3), named after Solution/version.txt.</summary>
public sealed class ZipContentTests
{
    [Test]
    public void Both_zips_hold_the_content_types_the_manifest_the_customizations_and_the_plug_in_assembly()
    {
        foreach (var zip in new[] { SolutionFixture.Result.ManagedZip, SolutionFixture.Result.UnmanagedZip })
        {
            var names = SolutionFixture.Entries(zip).Keys.ToArray();
            Assert.That(names, Is.SupersetOf(new[] { "[Content_Types].xml", "solution.xml", "customizations.xml" }), zip);
            var dataFile = SolutionFixture.Customizations.Descendants("PluginAssembly").Single().Element("FileName")!.Value;
            Assert.That(names, Does.Contain(dataFile.TrimStart('/')), "the DLL sits where its data file says");
        }
    }

    [Test]
    public void Every_extension_in_a_zip_has_a_content_type()
    {
        var zip = SolutionFixture.Result.ManagedZip;
        XNamespace ns = "http://schemas.openxmlformats.org/package/2006/content-types";
        var declared = SolutionFixture.Xml(zip, "[Content_Types].xml").Root!.Elements(ns + "Default").Select(d => (string)d.Attribute("Extension")!);
        var used = SolutionFixture.Entries(zip).Keys.Select(n => Path.GetExtension(n).TrimStart('.').ToLowerInvariant()).Distinct();
        Assert.That(declared, Is.SupersetOf(used));
    }

    [Test]
    public void Every_XML_entry_of_both_zips_parses()
    {
        foreach (var zip in new[] { SolutionFixture.Result.ManagedZip, SolutionFixture.Result.UnmanagedZip })
        {
            foreach (var (name, bytes) in SolutionFixture.Entries(zip).Where(e => e.Key.EndsWith(".xml", StringComparison.Ordinal)))
            {
                Assert.DoesNotThrow(() => XDocument.Load(new MemoryStream(bytes)), name);
            }
        }
    }

    [Test]
    public void The_managed_zip_says_managed_and_the_unmanaged_zip_does_not()
    {
        string Managed(string zip) => SolutionFixture.Xml(zip, "solution.xml").Descendants("Managed").Single().Value;

        Assert.That(Managed(SolutionFixture.Result.ManagedZip), Is.EqualTo("1"));
        Assert.That(Managed(SolutionFixture.Result.UnmanagedZip), Is.EqualTo("0"));
    }

    [Test]
    public void The_zips_carry_the_version_of_version_txt_in_their_names_and_manifests()
    {
        var version = File.ReadAllText(SolutionFixture.Paths.VersionFile).Trim();

        Assert.That(Path.GetFileName(SolutionFixture.Result.ManagedZip), Is.EqualTo($"MsiDynamics_{version}_managed.zip"));
        Assert.That(Path.GetFileName(SolutionFixture.Result.UnmanagedZip), Is.EqualTo($"MsiDynamics_{version}.zip"));
        Assert.That(SolutionFixture.Xml(SolutionFixture.Result.ManagedZip, "solution.xml").Descendants("Version").Single().Value, Is.EqualTo(version));
    }

    [Test]
    public void The_manifest_names_the_solution_and_its_publisher_prefix()
    {
        var manifest = SolutionFixture.Xml(SolutionFixture.Result.ManagedZip, "solution.xml").Descendants("SolutionManifest").Single();

        Assert.That(manifest.Element("UniqueName")!.Value, Is.EqualTo("MsiDynamics"));
        Assert.That(manifest.Element("Publisher")!.Element("CustomizationPrefix")!.Value, Is.EqualTo("msi"));
        Assert.That(int.Parse(manifest.Element("Publisher")!.Element("CustomizationOptionValuePrefix")!.Value, System.Globalization.CultureInfo.InvariantCulture),
            Is.InRange(10000, 99999));
    }

    [Test]
    public void Every_root_component_of_the_manifest_is_in_the_customizations()
    {
        var customizations = SolutionFixture.Customizations;
        var text = customizations.ToString(SaveOptions.DisableFormatting);
        var roots = SolutionFixture.Xml(SolutionFixture.Result.ManagedZip, "solution.xml").Descendants("RootComponent").ToArray();

        Assert.That(roots, Is.Not.Empty);
        foreach (var root in roots)
        {
            var key = (string?)root.Attribute("id") ?? (string)root.Attribute("schemaName")!;
            Assert.That(text, Does.Contain(key.Trim('{', '}')).IgnoreCase.Or.Contain(">" + key + "<").IgnoreCase, $"type {root.Attribute("type")} {key}");
        }
    }

    [Test]
    public void The_settings_rows_beside_the_zips_hold_one_enabled_row_per_synced_table()
    {
        var rows = File.ReadAllLines(SolutionFixture.Result.SettingsCsv).Skip(1).Select(l => l.Split(',')).ToArray();

        Assert.That(rows.Select(r => r[1]), Is.EquivalentTo(new[] { "systemuser", "account", "lead", "contact", "opportunity", "connection" }));
        Assert.That(rows.Select(r => r[2]), Is.All.EqualTo("Yes"));
    }
}
