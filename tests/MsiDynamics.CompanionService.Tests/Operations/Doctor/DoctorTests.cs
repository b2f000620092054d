using Microsoft.Xrm.Sdk;
using MsiDynamics.Schema;

namespace MsiDynamics.CompanionService.Tests.Operations.Doctor;

/// <summary>
/// <c>doctor</c> as a Dynamics admin meets it before go-live: a healthy emulated environment passes every check and exits
/// 0; each planted fault fails (or warns) its own check with what to fix, and the exit code says so.
/// </summary>
public sealed class DoctorTests
{
    private static readonly string[] AllChecks =
    [
        "Dataverse connection", "Application user and role", "Solution tables", "MSI columns on lead and contact", "Sync settings",
        "Plug-in steps", "Queue retention job", "Marketo credentials", "Marketo API permissions", "MSI fields in Marketo",
        "Sales person e-mails", "Marketo quota headroom",
    ];

    [Test]
    public async Task A_healthy_environment_passes_every_check_and_exits_0()
    {
        await using var rig = await DoctorRig.StartAsync();

        var (code, checks) = await rig.RunJsonAsync();

        Assert.That(checks.Keys, Is.EqualTo(AllChecks));
        Assert.That(checks.Values.Where(c => c.Status != "ok").Select(c => $"{c.Check}: {c.Text} {c.Fix}"), Is.Empty);
        Assert.That(code, Is.Zero);
    }

    [Test]
    public async Task The_text_report_gives_one_line_per_check_and_says_ready()
    {
        await using var rig = await DoctorRig.StartAsync();

        var (code, output, _) = await rig.RunAsync();

        Assert.That(code, Is.Zero);
        Assert.That(output, Does.Contain("[ok] Plug-in steps: all 31 steps are registered, enabled and as shipped.").And.Contain("Ready: 12 checks, 0 warning(s)."));
    }

    [Test]
    public async Task An_unreachable_Dataverse_fails_its_check_names_the_setting_and_skips_the_checks_that_need_it()
    {
        await using var rig = await DoctorRig.StartAsync();
        rig.With("Dataverse:Url", "http://127.0.0.1:9/");

        var (code, checks) = await rig.RunJsonAsync();

        Assert.That(code, Is.EqualTo(1));
        Assert.That(checks["Dataverse connection"].Status, Is.EqualTo("failed"));
        Assert.That(checks["Dataverse connection"].Fix, Does.Contain("Dataverse:Url"));
        Assert.That(checks["Plug-in steps"], Has.Property("Status").EqualTo("skipped").And.Property("Text").StartsWith("skipped: needs Dataverse"));
        Assert.That(checks["Marketo credentials"].Status, Is.EqualTo("ok"));
    }

    [Test]
    public async Task Refused_Dataverse_credentials_fail_the_connection_and_name_the_settings_not_the_secret()
    {
        await using var rig = await DoctorRig.StartAsync();
        rig.Tokens = new RefusingTokenSource();

        var (code, output, error) = await rig.RunAsync("--json");

        Assert.That(code, Is.EqualTo(1));
        Assert.That(output, Does.Contain(RefusingTokenSource.Failure).And.Contain("Dataverse:ClientSecret").And.Contain("application user"));
        Assert.That(output + error, Does.Not.Contain(DoctorRig.DataverseSecret).And.Not.Contain(DoctorRig.MarketoSecret));
    }

    [Test]
    public async Task A_missing_solution_table_fails_with_the_import_to_do()
    {
        await using var rig = await DoctorRig.StartAsync(absentSchema: [DataverseSchema.SyncState.EntityName, "msi_syncqueueitem.msi_lane"]);

        var (code, checks) = await rig.RunJsonAsync();

        Assert.That(code, Is.EqualTo(1));
        Assert.That(checks["Solution tables"].Text, Does.Contain("table msi_syncstate is missing").And.Contain("msi_syncqueueitem lacks msi_lane"));
        Assert.That(checks["Solution tables"].Fix, Does.Contain("Import the MsiDynamics solution"));
    }

    [Test]
    public async Task A_missing_MSI_column_on_contact_fails_its_check()
    {
        await using var rig = await DoctorRig.StartAsync(absentSchema: ["contact.msi_relativescore"]);

        var (_, checks) = await rig.RunJsonAsync();

        Assert.That(checks["MSI columns on lead and contact"], Has.Property("Status").EqualTo("failed").And.Property("Text").Contains("contact lacks msi_relativescore"));
    }

    [Test]
    public async Task A_missing_setting_row_and_a_table_switched_off_are_warnings_that_say_which()
    {
        await using var rig = await DoctorRig.StartAsync(settingRows: ["systemuser", "account", "lead", "contact", "opportunity"]);
        var lead = rig.Org.Rows(DataverseSchema.SyncSetting.EntityName).Single(r => r.GetAttributeValue<string>(DataverseSchema.SyncSetting.Entity) == "lead");
        rig.System.Update(new Entity(DataverseSchema.SyncSetting.EntityName, lead.Id) { [DataverseSchema.SyncSetting.Enabled] = false });

        var (code, checks) = await rig.RunJsonAsync();

        Assert.That(code, Is.Zero);
        Assert.That(checks["Sync settings"].Status, Is.EqualTo("warning"));
        Assert.That(checks["Sync settings"].Text, Does.Contain("sync is OFF for lead").And.Contain("no setting row for connection"));
        Assert.That(checks["Sync settings"].Fix, Does.Contain("Enabled = Yes"));
    }

    [Test]
    public async Task A_disabled_step_fails_and_names_the_step_to_enable()
    {
        await using var rig = await DoctorRig.StartAsync();
        var step = PluginSteps.All.First(s => s.Message == "Update" && s.Table == "lead");
        rig.System.Update(new Entity("sdkmessageprocessingstep", step.Id) { ["statecode"] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(2) });

        var (code, checks) = await rig.RunJsonAsync();

        Assert.That(code, Is.EqualTo(1));
        Assert.That(checks["Plug-in steps"].Text, Does.Contain("1 disabled: 'MsiDynamics: Update of lead'"));
        Assert.That(checks["Plug-in steps"].Fix, Does.Contain("Enable"));
    }

    [Test]
    public async Task A_step_that_is_not_registered_fails_with_the_import_to_do()
    {
        await using var rig = await DoctorRig.StartAsync();
        rig.System.Delete("sdkmessageprocessingstep", PluginSteps.All.First(s => s.Message == "Create" && s.Table == "contact").Id);

        var (_, checks) = await rig.RunJsonAsync();

        Assert.That(checks["Plug-in steps"].Text, Does.Contain("1 of 31 steps are not registered: 'MsiDynamics: Create of contact'"));
        Assert.That(checks["Plug-in steps"].Fix, Does.Contain("Import the MsiDynamics solution again"));
    }

    [Test]
    public async Task A_message_filter_that_refuses_custom_steps_fails_the_steps_check()
    {
        await using var rig = await DoctorRig.StartAsync();
        var step = rig.Org.Find("sdkmessageprocessingstep", PluginSteps.All.First(s => s.Message == "Merge" && s.Table == "lead").Id)!;
        var filter = step.GetAttributeValue<EntityReference>("sdkmessagefilterid")!.Id;
        rig.System.Update(new Entity("sdkmessagefilter", filter) { ["iscustomprocessingstepallowed"] = false });

        var (_, checks) = await rig.RunJsonAsync();

        Assert.That(checks["Plug-in steps"].Status, Is.EqualTo("failed"));
        Assert.That(checks["Plug-in steps"].Text, Does.Contain("does not accept custom steps").And.Contain("'MsiDynamics: Merge of lead'"));
    }

    [Test]
    public async Task A_user_without_the_integration_role_fails_with_the_role_to_assign()
    {
        await using var rig = await DoctorRig.StartAsync();
        foreach (var assignment in rig.Org.Rows("systemuserroles"))
        {
            rig.System.Delete("systemuserroles", assignment.Id);
        }

        var (code, checks) = await rig.RunJsonAsync();

        Assert.That(code, Is.EqualTo(1));
        Assert.That(checks["Application user and role"].Status, Is.EqualTo("failed"));
        Assert.That(checks["Application user and role"].Fix, Does.Contain("Assign the 'MSI Sync Integration' role"));
    }

    [Test]
    public async Task A_user_with_System_Administrator_only_is_warned_to_use_the_integration_role()
    {
        await using var rig = await DoctorRig.StartAsync();
        var roles = rig.Org.Rows("role").ToDictionary(r => r.GetAttributeValue<string>("name")!, r => r.Id);
        var assignment = rig.Org.Rows("systemuserroles").Single();
        rig.System.Update(new Entity("systemuserroles", assignment.Id) { ["roleid"] = roles["System Administrator"] });

        var (code, checks) = await rig.RunJsonAsync();

        Assert.That(code, Is.Zero);
        Assert.That(checks["Application user and role"].Status, Is.EqualTo("warning"));
        Assert.That(checks["Application user and role"].Fix, Does.Contain("Assign the 'MSI Sync Integration' role").And.Contain("remove 'System Administrator'"));
    }

    [Test]
    public async Task A_retention_job_that_is_not_scheduled_is_a_warning_that_says_how_to_schedule_it()
    {
        await using var rig = await DoctorRig.StartAsync(scheduleRetention: false);

        var (code, checks) = await rig.RunJsonAsync();

        Assert.That(code, Is.Zero);
        Assert.That(checks["Queue retention job"].Status, Is.EqualTo("warning"));
        Assert.That(checks["Queue retention job"].Fix, Does.Contain("`run`"));
    }

    [Test]
    public async Task A_wrong_Marketo_secret_fails_the_credentials_names_the_settings_and_shows_no_secret()
    {
        await using var rig = await DoctorRig.StartAsync();
        const string wrong = "wrong-secret-91c3aa";
        rig.With("Marketo:ClientSecret", wrong);

        var (code, output, error) = await rig.RunAsync("--json");

        Assert.That(code, Is.EqualTo(1));
        Assert.That(output, Does.Contain("Marketo:ClientSecret").And.Contain("refused the client id and secret"));
        Assert.That(output + error, Does.Not.Contain(wrong).And.Not.Contain(DoctorRig.DataverseSecret).And.Not.Contain(DoctorRig.MarketoSecret));
        Assert.That(output, Does.Contain("skipped: needs Marketo credentials accepted"));
    }

    [Test]
    public async Task A_describe_the_API_user_may_not_read_fails_with_the_permission_to_add()
    {
        await using var rig = await DoctorRig.StartAsync(m => m.DeniedPaths = ["/rest/v1/opportunities"]);

        var (code, checks) = await rig.RunJsonAsync();

        Assert.That(code, Is.EqualTo(1));
        Assert.That(checks["Marketo API permissions"].Text, Does.Contain("Opportunities, OpportunityRoles").And.Contain("603"));
        Assert.That(checks["Marketo API permissions"].Fix, Does.Contain("Read-Write Named Opportunity"));
    }

    [Test]
    public async Task An_instance_without_MSI_fields_fails_with_MSI_Non_Native_to_be_enabled_by_Marketo_Support()
    {
        await using var rig = await DoctorRig.StartAsync(m => m.MsiNonNative = false);

        var (code, checks) = await rig.RunJsonAsync();

        Assert.That(code, Is.EqualTo(1));
        Assert.That(checks["MSI fields in Marketo"].Text, Does.Contain("MSI Non-Native is not enabled"));
        Assert.That(checks["MSI fields in Marketo"].Fix, Does.Contain("MSI Non-Native must be enabled by Marketo Support"));
    }

    [Test]
    public async Task An_instance_whose_relative_score_is_named_relativeScoring_passes()
    {
        await using var rig = await DoctorRig.StartAsync(m => m.RelativeScoreField = "relativeScoring");

        var (_, checks) = await rig.RunJsonAsync();

        Assert.That(checks["MSI fields in Marketo"], Has.Property("Status").EqualTo("ok").And.Property("Text").Contains("'relativeScoring'"));
    }

    [Test]
    public async Task A_sales_person_whose_Marketo_e_mail_differs_fails_and_is_named()
    {
        await using var rig = await DoctorRig.StartAsync();
        var other = rig.Org.Seed(new Entity(DataverseSchema.SystemUser.EntityName)
        {
            ["firstname"] = "Ivan",
            ["lastname"] = "Inside",
            ["internalemailaddress"] = "ivan@fabrikam.example",
            ["isdisabled"] = false,
            ["accessmode"] = new OptionSetValue(0),
        });
        rig.Marketo.SeedSalesPerson(other.ToString("D"), "ivan.old@fabrikam.example");

        var (code, checks) = await rig.RunJsonAsync();

        Assert.That(code, Is.EqualTo(1));
        Assert.That(checks["Sales person e-mails"].Text, Does.StartWith("1 sales person(s) have another e-mail").And.Contain("'Ivan Inside'").And.Not.Contain("Olive"));
        Assert.That(checks["Sales person e-mails"].Fix, Does.Contain("`verify`"));
    }

    [Test]
    public async Task A_nearly_spent_quota_is_a_warning_below_the_reserve()
    {
        await using var rig = await DoctorRig.StartAsync();
        rig.With("Marketo:DailyQuota", "10").With("Marketo:DailyQuotaReserve", "6");

        var (code, checks) = await rig.RunJsonAsync();

        Assert.That(code, Is.Zero);
        Assert.That(checks["Marketo quota headroom"].Status, Is.EqualTo("warning"));
        Assert.That(checks["Marketo quota headroom"].Text, Does.Contain("Marketo:DailyQuotaReserve"));
    }

    [Test]
    public async Task The_help_speaks_to_a_Dynamics_admin_about_what_is_checked_and_the_exit_codes()
    {
        await using var rig = await DoctorRig.StartAsync();

        var (code, output, _) = await rig.RunAsync("--help");

        Assert.That(code, Is.Zero);
        Assert.That(output, Does.Contain("before go-live").And.Contain("MSI Sync Integration").And.Contain("MSI Non-Native").And.Contain("--json")
            .And.Contain("1 when a check failed"));
    }

    [Test]
    public async Task Invalid_settings_exit_2_and_run_no_check()
    {
        await using var rig = await DoctorRig.StartAsync();
        rig.With("Marketo:BaseUrl", null);

        var (code, output, error) = await rig.RunAsync();

        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("Marketo:BaseUrl"));
        Assert.That(output, Is.Empty);
    }
}
