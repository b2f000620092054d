namespace MsiDynamics.Solution.Tests;

/// <summary>
/// The element and attribute names, and their nesting, that real solutions use, per kind of file (see
/// <see cref="XmlVocabulary"/> for the notation). Each line holds only names our files use, and every one of them was
/// read in the sources below; only names are kept here, never the files. A name our files start to use needs a real
/// source that has it, cited where the name is added.
/// <list type="bullet">
/// <item>REF1 <c>devkeydet/explicitpluginimpersonation</c> @ ab7a64f101b1003bbe378fc3393698d45ca58491, <c>src/</c>: a
/// SolutionPackager extract (dataverse.md §5.2). No licence file: names only.</item>
/// <item>REF2 <c>mikefactorial/PluginSample</c> @ c98147d7a67d5cff3ce55399761240eb9fad7536, <c>src/</c>: a
/// SolutionPackager extract (dataverse.md §5.2). No licence file: names only.</item>
/// <item>DEVKIT <c>phuocle/Dynamics-Crm-DevKit</c> @ 1b97b67086ce7612e97ddefae224303b4ae6ddc8 (MIT): the
/// SolutionPackager extract <c>test/v.2.10.31/Abc.LuckyStar/Abc.LuckyStar.SolutionPackager/DEVKIT/Unmanaged/</c> and
/// <c>…/Managed/</c> of a solution with an app, site map, forms (a main form of <c>devkit_Location</c> with sub-grids),
/// views, a chart, relationships, plug-ins and steps; and <c>customizations.xml</c> of the export it was extracted from,
/// <c>test/v.2.10.31/Abc.LuckyStar/Abc.LuckyStar.SolutionPackager.2/DEVKIT/Solutions/DEVKIT_1.0.0000.0_managed.zip</c>
/// (written by Dataverse, <c>generatedBy="CrmLive"</c>).</item>
/// <item>PAS <c>microsoft/PowerApps-Samples</c> @ 3297c082f229b0fd37220b5cb1d8d662aecc0d92 (MIT): <c>solution.xml</c>
/// and <c>customizations.xml</c> of the solution zips exported from Dataverse that the samples ship, among them
/// <c>dataverse/orgsvc/CSharp/InsertRecordUsingUpsert/InsertRecordUsingUpsert/UpsertSample_1_0_0_0_managed.zip</c> (an
/// alternate key), <c>component-framework/CodeInterpreterControl/solutions/CodeInterpreterSample_1_0_0_0_managed.zip</c>
/// (an app and its site map), <c>dataverse/webapi/PS/ColumnLevelSecurity/ExportedFiles/ColumnLevelSecuritySampleSolution.zip</c>
/// and <c>ai-builder/starter-kit/invoice-processing/AIBuilderInvoiceProcessingAutomation.zip</c> (security roles).</item>
/// <item>COE <c>microsoft/coe-starter-kit</c> (MIT), SolutionPackager extracts:
/// <c>CenterofExcellenceCoreComponents/SolutionPackage/src/Dashboards/{afc4003a-835c-ed11-9561-00224805c003}.xml</c>
/// @ 0747f385cd6e07d307cea531738f4be49a3dbb1b and <c>…/src/Dashboards/{cf839870-ff70-e911-a833-000d3a375590}.xml</c>
/// @ a80ed90cd556315aa79aad333a1c71909276ef3e (dashboards of charts and grids);
/// <c>…/src/Entities/admin_Maker/Visualizations/{E3360984-0571-E911-A833-000D3A375590}.xml</c> @
/// ea811d5f28659cd930e76b410291c4c3a1bdf538 (a chart); <c>…/src/Other/Customizations.xml</c> @
/// 050826dfb078dd46f0f43ecd1b007c281016689f (a <c>Dashboards</c> section);
/// <c>CenterofExcellenceCoreComponents/SolutionPackage/AppModuleSiteMaps/admin_PowerPlatformAdminView/AppModuleSiteMap.xml</c>
/// @ 89bf6712a0763043134add626190fb4eab0d5276 (a dashboard sub-area with a <c>Url</c>, titled sub-areas);
/// <c>ALMAcceleratorForAdvancedMakers/SolutionPackage/Roles/ALM Power App Access.xml</c> @
/// 878d55adf242f399a10765d4287ad3f03a726757 (a security role).</item>
/// <item>DOCS <c>MicrosoftDocs/powerapps-docs</c> (CC BY 4.0), for two nestings no extract above shows:
/// <c>powerapps-docs/developer/data-platform/fetchxml/reference/filter.md</c> @ 07a035a50561e06bdbe91ce816c69f90f974edf6
/// (a FetchXML <c>filter</c> holds <c>condition</c> and <c>filter</c> elements), and "Create a dashboard (model-driven
/// apps)" (customizations.xml's <c>Dashboards</c> holds <c>Dashboard</c> elements).</item>
/// </list>
/// </summary>
internal static class RealSolutionVocabulary
{
    /// <summary><c>Other/Solution.xml</c> and the zip's <c>solution.xml</c>: REF1, REF2, DEVKIT, PAS.</summary>
    public static readonly XmlVocabulary Manifest = new("ImportExportXml",
        "ImportExportXml: @version @SolutionPackageVersion @languagecode @generatedBy SolutionManifest",
        "SolutionManifest: UniqueName LocalizedNames Descriptions Version Managed Publisher RootComponents MissingDependencies",
        "LocalizedNames: LocalizedName",
        "LocalizedName: @description @languagecode",
        "Descriptions: Description",
        "Description: @description @languagecode",
        "Publisher: UniqueName LocalizedNames Descriptions EMailAddress SupportingWebsiteUrl CustomizationPrefix CustomizationOptionValuePrefix Addresses",
        "EMailAddress: @xsi:nil",
        "SupportingWebsiteUrl: @xsi:nil",
        "RootComponents: RootComponent",
        "RootComponent: @type @schemaName @behavior @id");

    /// <summary><c>SdkMessageProcessingSteps/{id}.xml</c>: REF1, REF2 (a post-image), DEVKIT.</summary>
    public static readonly XmlVocabulary Step = new("SdkMessageProcessingStep",
        "SdkMessageProcessingStep: @Name @SdkMessageProcessingStepId SdkMessageId PluginTypeName PluginTypeId PrimaryEntity AsyncAutoDelete"
            + " Description FilteringAttributes InvocationSource Mode Rank EventHandlerTypeCode Stage IsCustomizable IsHidden SupportedDeployment"
            + " IntroducedVersion SdkMessageProcessingStepImages",
        "SdkMessageProcessingStepImages: SdkMessageProcessingStepImage",
        "SdkMessageProcessingStepImage: @Name SdkMessageProcessingStepImageId Attributes EntityAlias ImageType MessagePropertyName IsCustomizable");

    /// <summary><c>PluginAssemblies/&lt;name&gt;-&lt;ID&gt;/&lt;name&gt;.dll.data.xml</c>: REF1, REF2, DEVKIT.</summary>
    public static readonly XmlVocabulary PluginAssembly = new("PluginAssembly",
        "PluginAssembly: @FullName @PluginAssemblyId @CustomizationLevel IsolationMode SourceType IntroducedVersion FileName PluginTypes",
        "PluginTypes: PluginType",
        "PluginType: @AssemblyQualifiedName @PluginTypeId @Name FriendlyName");

    /// <summary>
    /// <c>Entities/&lt;table&gt;/Entity.xml</c>: REF1 (a custom table), DEVKIT (custom tables; Account and Contact as shells
    /// with only added columns; an alternate key), PAS (an alternate key).
    /// </summary>
    public static readonly XmlVocabulary Entity = new("Entity",
        "Entity: Name EntityInfo FormXml SavedQueries RibbonDiffXml",
        "Name: @LocalizedName @OriginalName",
        "EntityInfo: entity",
        "entity: @Name LocalizedNames LocalizedCollectionNames Descriptions attributes EntitySetName IsDuplicateCheckSupported IsActivity"
            + " IsAuditEnabled IntroducedVersion IsCustomizable OwnershipTypeMask EntityKeys",
        "attributes: attribute",
        "attribute: @PhysicalName Type Name LogicalName RequiredLevel DisplayMask ValidForUpdateApi ValidForReadApi ValidForCreateApi IsCustomField"
            + " IsAuditEnabled IsSecured IntroducedVersion IsCustomizable IsRenameable SourceType Format MaxLength Length MinValue MaxValue Behavior"
            + " AppDefaultValue optionset LookupStyle LookupTypes displaynames Descriptions",
        "optionset: @Name OptionSetType IntroducedVersion IsCustomizable displaynames options",
        "options: option",
        "option: @value labels",
        "labels: label",
        "label: @description @languagecode",
        "displaynames: displayname",
        "displayname: @description @languagecode",
        "LocalizedNames: LocalizedName",
        "LocalizedName: @description @languagecode",
        "LocalizedCollectionNames: LocalizedCollectionName",
        "LocalizedCollectionName: @description @languagecode",
        "Descriptions: Description",
        "Description: @description @languagecode",
        "EntityKeys: EntityKey",
        "EntityKey: Name LogicalName IntroducedVersion IsCustomizable EntityKeyAttributes displaynames",
        "EntityKeyAttributes: AttributeName");

    /// <summary>The FetchXML of views and charts: REF1 and DEVKIT views, DEVKIT and COE charts; a filter in a filter: DOCS.</summary>
    private static readonly string[] FetchXml =
    [
        "fetch: @version @mapping @aggregate entity",
        "entity: @name attribute order filter",
        "attribute: @name @alias @aggregate @groupby",
        "order: @attribute @descending",
        "filter: @type condition filter",
        "condition: @attribute @operator @value",
    ];

    /// <summary><c>Entities/&lt;table&gt;/SavedQueries/{id}.xml</c>: REF1, DEVKIT; FetchXML as <see cref="FetchXml"/>.</summary>
    public static readonly XmlVocabulary View = new("savedqueries",
    [
        "savedqueries: savedquery",
        "savedquery: IsCustomizable CanBeDeleted isquickfindquery isprivate isdefault savedqueryid layoutxml querytype fetchxml IntroducedVersion LocalizedNames",
        "layoutxml: grid",
        "grid: @name @jump @select @icon @preview row",
        "row: @name @id cell",
        "cell: @name @width",
        "fetchxml: fetch",
        "LocalizedNames: LocalizedName",
        "LocalizedName: @description @languagecode",
        .. FetchXml,
    ]);

    /// <summary><c>Entities/&lt;table&gt;/Visualizations/{id}.xml</c>: DEVKIT, COE; FetchXML as <see cref="FetchXml"/>.</summary>
    public static readonly XmlVocabulary Chart = new("visualization",
    [
        "visualization: savedqueryvisualizationid datadescription presentationdescription isdefault LocalizedNames IntroducedVersion",
        "datadescription: datadefinition",
        "datadefinition: fetchcollection categorycollection",
        "fetchcollection: fetch",
        "categorycollection: category",
        "category: @alias measurecollection",
        "measurecollection: measure",
        "measure: @alias",
        "presentationdescription: Chart",
        "Chart: Series ChartAreas",
        "Series: @ChartType @IsValueShownAsLabel Series",
        "ChartAreas: ChartArea",
        "LocalizedNames: LocalizedName",
        "LocalizedName: @description @languagecode",
        .. FetchXml,
    ]);

    /// <summary>
    /// <c>Entities/&lt;table&gt;/FormXml/main/{id}.xml</c>: REF1, DEVKIT main forms. A sub-grid (<c>indicationOfSubgrid</c>,
    /// its <c>parameters</c> from <c>ViewId</c> to <c>RecordsPerPage</c>, <c>ViewIds</c> among them): DEVKIT
    /// <c>Entities/devkit_Location/FormXml/main/{9e52a544-05a6-4c6f-848d-3b6ef2b1fd80}.xml</c>.
    /// </summary>
    public static readonly XmlVocabulary Form = new("forms",
        "forms: systemform",
        "systemform: formid IntroducedVersion FormPresentation FormActivationState form IsCustomizable CanBeDeleted LocalizedNames",
        "form: tabs DisplayConditions",
        "tabs: tab",
        "tab: @name @id @IsUserDefined @showlabel @expanded labels columns",
        "labels: label",
        "label: @description @languagecode",
        "columns: column",
        "column: @width sections",
        "sections: section",
        "section: @name @showlabel @showbar @id @IsUserDefined @columns labels rows",
        "rows: row",
        "row: cell",
        "cell: @id @showlabel labels control",
        "control: @id @classid @datafieldname @disabled @indicationOfSubgrid parameters",
        "parameters: ViewId ViewIds IsUserView RelationshipName TargetEntityType AutoExpand EnableQuickFind EnableViewPicker EnableJumpBar"
            + " ChartGridMode VisualizationId IsUserChart EnableChartPicker RecordsPerPage",
        "DisplayConditions: @Order @FallbackForm Everyone",
        "LocalizedNames: LocalizedName",
        "LocalizedName: @description @languagecode");

    /// <summary><c>Dashboards/{id}.xml</c>: COE (two dashboards of charts and grids).</summary>
    public static readonly XmlVocabulary Dashboard = new("Dashboard",
        "Dashboard: LocalizedNames FormId IsCustomizable IsDefault FormXml IntroducedVersion IsTabletEnabled",
        "LocalizedNames: LocalizedName",
        "LocalizedName: @description @languagecode",
        "FormXml: forms",
        "forms: @type form",
        "form: tabs",
        "tabs: tab",
        "tab: @id @showlabel @verticallayout labels columns",
        "labels: label",
        "label: @description @languagecode",
        "columns: column",
        "column: @width sections",
        "sections: section",
        "section: @id @showlabel @showbar @columns labels rows",
        "rows: row",
        "row: cell",
        "cell: @id @colspan @rowspan @showlabel labels control",
        "control: @id @classid parameters",
        "parameters: ViewId IsUserView RelationshipName TargetEntityType AutoExpand EnableQuickFind EnableViewPicker EnableJumpBar ChartGridMode"
            + " VisualizationId IsUserChart EnableChartPicker RecordsPerPage");

    /// <summary><c>Roles/&lt;role&gt;.xml</c>: COE, PAS (the roles in customizations.xml are the same element).</summary>
    public static readonly XmlVocabulary Role = new("Role",
        "Role: @id @name RolePrivileges",
        "RolePrivileges: RolePrivilege",
        "RolePrivilege: @name @level");

    /// <summary><c>Other/Relationships.xml</c>, which only names the relationships: REF1, DEVKIT.</summary>
    public static readonly XmlVocabulary RelationshipIndex = new("EntityRelationships",
        "EntityRelationships: EntityRelationship",
        "EntityRelationship: @Name");

    /// <summary><c>Other/Relationships/&lt;Table&gt;.xml</c>, the relationships in full: REF1, DEVKIT.</summary>
    public static readonly XmlVocabulary Relationships = new("EntityRelationships",
        "EntityRelationships: EntityRelationship",
        "EntityRelationship: @Name EntityRelationshipType IsCustomizable IntroducedVersion IsHierarchical ReferencingEntityName ReferencedEntityName"
            + " CascadeAssign CascadeDelete CascadeReparent CascadeShare CascadeUnshare IsValidForAdvancedFind ReferencingAttributeName EntityRelationshipRoles",
        "EntityRelationshipRoles: EntityRelationshipRole",
        "EntityRelationshipRole: NavPaneDisplayOption NavPaneArea NavPaneOrder NavigationPropertyName RelationshipRoleType");

    /// <summary>
    /// <c>Other/Customizations.xml</c>: REF1, REF2, DEVKIT and COE (the sections); PAS (the organisation attributes of the
    /// root, which exports write).
    /// </summary>
    public static readonly XmlVocabulary Customizations = new("ImportExportXml",
        "ImportExportXml: @OrganizationVersion @OrganizationSchemaType @CRMServerServiceabilityVersion Entities Roles Workflows FieldSecurityProfiles"
            + " Templates EntityMaps EntityRelationships OrganizationSettings optionsets Dashboards CustomControls SolutionPluginAssemblies"
            + " SdkMessageProcessingSteps EntityDataProviders AppModuleSiteMaps AppModules Languages",
        "Languages: Language");

    /// <summary><c>AppModules/&lt;app&gt;/AppModule.xml</c>: REF1, DEVKIT, PAS (components by <c>id</c>).</summary>
    public static readonly XmlVocabulary AppModule = new("AppModule",
        "AppModule: UniqueName IntroducedVersion WebResourceId OptimizedFor statecode statuscode FormFactor ClientType NavigationType"
            + " AppModuleComponents AppModuleRoleMaps LocalizedNames Descriptions",
        "AppModuleComponents: AppModuleComponent",
        "AppModuleComponent: @type @schemaName @id",
        "AppModuleRoleMaps: Role",
        "Role: @id",
        "LocalizedNames: LocalizedName",
        "LocalizedName: @description @languagecode",
        "Descriptions: Description",
        "Description: @description @languagecode");

    /// <summary><c>AppModuleSiteMaps/&lt;app&gt;/AppModuleSiteMap.xml</c>: REF1, DEVKIT, COE (titled sub-areas, a <c>Url</c>).</summary>
    public static readonly XmlVocabulary SiteMap = new("AppModuleSiteMap",
        "AppModuleSiteMap: SiteMapUniqueName EnableCollapsibleGroups ShowHome ShowPinned ShowRecents SiteMap LocalizedNames",
        "SiteMap: @IntroducedVersion Area",
        "Area: @Id @ShowGroups Titles Group",
        "Group: @Id Titles SubArea",
        "SubArea: @Id @Url @Icon @Entity Titles",
        "Titles: Title",
        "Title: @LCID @Title",
        "LocalizedNames: LocalizedName",
        "LocalizedName: @description @languagecode");

    /// <summary>
    /// The zip's <c>customizations.xml</c>: <see cref="Customizations"/> with each section holding the files of its kind,
    /// as Dataverse exports nest them: PAS and the DEVKIT export (entities with their forms, views and charts, roles,
    /// relationships, plug-in assemblies, steps, site maps, apps); DOCS (dashboards).
    /// </summary>
    public static readonly XmlVocabulary PackedCustomizations = XmlVocabulary.Union("ImportExportXml",
        Customizations, Entity, Form, View, Chart, Dashboard, Role, Relationships, PluginAssembly, Step, SiteMap, AppModule,
        new XmlVocabulary("ImportExportXml",
            "Entities: Entity",
            "Entity: Visualizations",
            "FormXml: forms",
            "forms: @type systemform",
            "SavedQueries: savedqueries",
            "Visualizations: visualization",
            "Roles: Role",
            "EntityRelationships: EntityRelationship",
            "Dashboards: Dashboard",
            "SolutionPluginAssemblies: PluginAssembly",
            "SdkMessageProcessingSteps: SdkMessageProcessingStep",
            "AppModuleSiteMaps: AppModuleSiteMap",
            "AppModules: AppModule"));
}
