// Runs DynamicsWebApi (the dynamics-web-api package) against a Dataverse Web API, through its public API only,
// for every operation the companion worker uses (docs/architecture.md §8).
// Usage: node dataverse.mjs <organisation url> <bearer token> <contact id>
// The contact must have a parent account. Prints a JSON summary; exits 1 when any step fails.
import { DynamicsWebApi } from "dynamics-web-api";

const [serverUrl, token, contactId] = process.argv.slice(2);
if (!serverUrl || !token || !contactId) {
  console.error("Usage: node dataverse.mjs <organisation url> <bearer token> <contact id>");
  process.exit(2);
}

// Tables are named by their logical names: the library maps them to entity sets by reading EntityDefinitions.
const api = new DynamicsWebApi({
  serverUrl,
  dataApi: { version: "9.2" },
  onTokenRefresh: async () => token,
  useEntityNames: true,
  propagateErrors: true,
});

const queue = "msi_syncqueueitem";
const steps = {};
const failures = [];

async function step(name, run) {
  try {
    steps[name] = await run();
  } catch (error) {
    failures.push({ step: name, status: error.status, message: error.message });
  }
}

function check(condition, message) {
  if (!condition) throw new Error(message);
}

const queueRow = (name, status) => ({ msi_name: name, msi_entity: "lead", msi_recordid: crypto.randomUUID(), msi_operation: 1, msi_status: status, msi_lane: 1 });

await step("whoAmI", async () => {
  const answer = await api.callFunction({ functionName: "WhoAmI" });
  check(answer.UserId, "WhoAmI returned no UserId");
  return { userId: answer.UserId };
});

await step("pagedQueryWithIn", async () => {
  const request = {
    collection: queue,
    select: ["msi_name", "msi_status", "createdon"],
    filter: "Microsoft.Dynamics.CRM.In(PropertyName='msi_status',PropertyValues=['1','4'])",
    orderBy: ["createdon asc", "msi_syncqueueitemid asc"],
    maxPageSize: 2,
  };
  const names = [];
  let pages = 0;
  let page = await api.retrieveMultiple(request);
  for (;;) {
    pages++;
    names.push(...page.value.map((row) => row.msi_name));
    if (!page.oDataNextLink) break;
    page = await api.retrieveMultiple(request, page.oDataNextLink);
  }
  return { pages, names };
});

await step("retrieveAllWithOr", async () => {
  const all = await api.retrieveAll({ collection: queue, select: ["msi_name"], filter: "msi_status eq 1 or msi_status eq 4", orderBy: ["msi_name desc"], maxPageSize: 3 });
  return { count: all.value.length, names: all.value.map((row) => row.msi_name) };
});

// Long or quoted values go in parameter aliases, as the worker sends them; the library leaves alias values to the
// caller to encode.
await step("queryWithAliases", async () => {
  const values = encodeURIComponent(JSON.stringify(["due 1", "O'Brian"]));
  const page = await api.retrieveMultiple({
    collection: queue,
    select: ["msi_name", "msi_status"],
    filter: "Microsoft.Dynamics.CRM.In(PropertyName=@p1,PropertyValues=@p2)",
    queryParams: ["@p1='msi_name'", `@p2=${values}`],
    includeAnnotations: "OData.Community.Display.V1.FormattedValue",
  });
  return { names: page.value.map((row) => row.msi_name), statusLabels: page.value.map((row) => row["msi_status@OData.Community.Display.V1.FormattedValue"]) };
});

await step("retrieveWithAnnotations", async () => {
  const annotations = "OData.Community.Display.V1.FormattedValue,Microsoft.Dynamics.CRM.lookuplogicalname";
  const contact = await api.retrieve({ collection: "contact", key: contactId, select: ["fullname", "_parentcustomerid_value"], includeAnnotations: annotations });
  const lookup = "_parentcustomerid_value";
  return {
    fullname: contact.fullname,
    parentId: contact[lookup],
    parentTable: contact[`${lookup}@Microsoft.Dynamics.CRM.lookuplogicalname`],
    parentName: contact[`${lookup}@OData.Community.Display.V1.FormattedValue`],
    etag: contact["@odata.etag"],
  };
});

let created;
await step("createWithRepresentation", async () => {
  created = await api.create({ collection: queue, data: queueRow("created by DynamicsWebApi", 1), returnRepresentation: true, select: ["msi_name", "msi_status"] });
  check(created.msi_syncqueueitemid && created["@odata.etag"], "the representation lacks the id or the ETag");
  return { id: created.msi_syncqueueitemid, etag: created["@odata.etag"], name: created.msi_name };
});

await step("updateIfMatch", async () => {
  const updated = await api.update({ collection: queue, key: created.msi_syncqueueitemid, data: { msi_status: 4, msi_attempts: 1 }, ifmatch: created["@odata.etag"], returnRepresentation: true, select: ["msi_status"] });
  check(updated["@odata.etag"] !== created["@odata.etag"], "the ETag did not change");
  return { status: updated.msi_status, etag: updated["@odata.etag"] };
});

await step("updateWithStaleETag", async () => {
  try {
    await api.update({ collection: queue, key: created.msi_syncqueueitemid, data: { msi_status: 3 }, ifmatch: created["@odata.etag"] });
  } catch (error) {
    check(error.status === 412, `expected 412, got ${error.status}: ${error.message}`);
    return { status: error.status, code: error.code, message: error.message };
  }
  throw new Error("an update with a stale ETag succeeded");
});

// An update is sent with If-Match: * unless told otherwise, so it never creates a missing row.
await step("updateOfAMissingRow", async () => {
  const missing = crypto.randomUUID();
  try {
    await api.update({ collection: queue, key: missing, data: { msi_status: 3 } });
  } catch (error) {
    check(error.status === 404, `expected 404, got ${error.status}: ${error.message}`);
    return { id: missing, status: error.status, code: error.code };
  }
  throw new Error("an update of a missing row succeeded");
});

// Conditional updates in one $batch, each PATCH on its own (outside a change set) with If-Match on the ETag it read,
// and odata.continue-on-error so that a lost race does not stop the others.
await step("claimBatch", async () => {
  const page = await api.retrieveMultiple({ collection: queue, select: ["msi_name"], filter: "msi_status eq 1", orderBy: ["msi_name asc"], top: 2 });
  const [first, second] = page.value;
  await api.update({ collection: queue, key: second.msi_syncqueueitemid, data: { msi_lasterror: "another worker" }, ifmatch: second["@odata.etag"] });
  api.startBatch();
  for (const row of [first, second]) {
    api.update({ collection: api.Utility.getCollectionName(queue), key: row.msi_syncqueueitemid, data: { msi_lasterror: "conformance" }, ifmatch: row["@odata.etag"], inChangeSet: false });
  }
  const answers = await api.executeBatch({ continueOnError: true });
  return { claimed: first.msi_name, lost: second.msi_name, answers: answers.map((a) => (a instanceof Error || a?.status ? a.status ?? "error" : "ok")) };
});

await step("upsertByAlternateKey", async () => {
  await api.upsert({ collection: "msi_syncsetting", key: "msi_entity='lead'", data: { msi_enabled: false } });
  const setting = await api.retrieve({ collection: "msi_syncsetting", key: "msi_entity='lead'", select: ["msi_entity", "msi_enabled"] });
  return { entity: setting.msi_entity, enabled: setting.msi_enabled };
});

await step("delete", async () => {
  await api.deleteRecord({ collection: queue, key: created.msi_syncqueueitemid });
  return { deleted: created.msi_syncqueueitemid };
});

// Requests queued in a batch are not mapped to entity sets (the library maps only requests it sends alone), so
// they name the entity set the library learnt from EntityDefinitions.
await step("batchWithChangeSet", async () => {
  const set = api.Utility.getCollectionName(queue);
  check(set === "msi_syncqueueitems", `EntityDefinitions mapped ${queue} to ${set}`);
  api.startBatch();
  api.create({ collection: set, data: queueRow("batch create 1", 1), contentId: "1" });
  api.create({ collection: set, data: queueRow("batch create 2", 1) });
  api.update({ collection: "$1", data: { msi_status: 3 } });
  api.retrieveMultiple({ collection: set, select: ["msi_name"], filter: "startswith(msi_name,'batch create')" });
  const answers = await api.executeBatch();
  return { entitySet: set, answers: answers.length, readBack: answers[3].value.map((row) => row.msi_name).sort() };
});

// A bound action is named with its namespace, as Dataverse requires of bound operations.
let createdIds = [];
await step("createMultiple", async () => {
  const targets = [queueRow("bulk 1", 1), queueRow("bulk 2", 1)].map((row) => ({ "@odata.type": `Microsoft.Dynamics.CRM.${queue}`, ...row }));
  const answer = await api.callAction({ collection: queue, actionName: "Microsoft.Dynamics.CRM.CreateMultiple", action: { Targets: targets } });
  check(answer.Ids?.length === 2, "CreateMultiple returned no Ids");
  createdIds = answer.Ids;
  return { ids: answer.Ids };
});

await step("updateMultiple", async () => {
  const targets = createdIds.map((id) => ({ "@odata.type": `Microsoft.Dynamics.CRM.${queue}`, msi_syncqueueitemid: id, msi_status: 3, msi_marketoid: "42" }));
  await api.callAction({ collection: queue, actionName: "Microsoft.Dynamics.CRM.UpdateMultiple", action: { Targets: targets } });
  return { updated: targets.length };
});

await step("entityDefinitions", async () => {
  const entity = await api.retrieveEntity({ key: "LogicalName='lead'", select: ["LogicalName", "EntitySetName", "PrimaryIdAttribute"] });
  const strings = await api.retrieveAttributes({ entityKey: "LogicalName='lead'", castType: "Microsoft.Dynamics.CRM.StringAttributeMetadata", select: ["LogicalName", "MaxLength"] });
  const type = strings.value.find((a) => a.LogicalName === "msi_lastinterestingmomenttype");
  check(type, "msi_lastinterestingmomenttype is not among the string attributes");
  return { entitySetName: entity.EntitySetName, primaryId: entity.PrimaryIdAttribute, stringAttributes: strings.value.length, momentTypeMaxLength: type.MaxLength };
});

console.log(JSON.stringify({ ok: failures.length === 0, steps, failures }, null, 2));
process.exit(failures.length === 0 ? 0 : 1);
