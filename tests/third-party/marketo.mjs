// Runs node-marketo-rest against a Marketo REST API for every operation the companion worker uses
// (docs/architecture.md §8). Usage: node marketo.mjs <instance url> <client id> <client secret> <lead id>
// The lead must have an interesting moment. Prints a JSON summary; exits 1 when any step fails.
//
// The library's public API covers identity, lead sync and find (GET only), lead describe, activity types, paging
// tokens, activities and usage. It has no API for companies, sales persons, opportunities or opportunity roles, for
// lead delete, for the form POST with _method=GET, nor a documented generic request: those steps go through its
// connection object (token handling and refresh, envelope check, retries), which is the library's own but not
// documented.
import Marketo from "node-marketo-rest";

const [instance, clientId, clientSecret, momentLeadId] = process.argv.slice(2);
if (!instance || !clientId || !clientSecret || !momentLeadId) {
  console.error("Usage: node marketo.mjs <instance url> <client id> <client secret> <lead id>");
  process.exit(2);
}

const base = instance.replace(/\/$/, "");
const marketo = new Marketo({ endpoint: `${base}/rest`, identity: `${base}/identity`, clientId, clientSecret });
const connection = marketo._connection;
const steps = {};
const failures = [];

async function step(name, run) {
  try {
    steps[name] = await run();
  } catch (error) {
    failures.push({ step: name, message: typeof error === "string" ? error : error.message, code: error.code, errors: error.data?.errors });
  }
}

function check(condition, message) {
  if (!condition) throw new Error(message);
}

const email = `ada.${Date.now()}@example.com`;
let leadId;

await step("token", async () => {
  const token = await marketo.getOAuthToken();
  check(token.access_token && token.token_type === "bearer", "no bearer access token");
  return { tokenType: token.token_type, expiresIn: token.expires_in };
});

await step("describeLeads", async () => {
  const answer = await marketo.lead.describe();
  const names = answer.result.map((field) => field.rest?.name);
  check(names.includes("email"), "describe lists no email field");
  return { fields: names.length, hasEmail: true };
});

await step("leadCreateOrUpdate", async () => {
  const created = await marketo.lead.createOrUpdate([{ email, firstName: "Ada", lastName: "Lovelace" }], { action: "createOrUpdate", lookupField: "email" });
  const updated = await marketo.lead.createOrUpdate([{ email, lastName: "King" }], { action: "createOrUpdate", lookupField: "email" });
  leadId = created.result[0].id;
  check(updated.result[0].id === leadId, "the update did not find the created lead");
  return { id: leadId, first: created.result[0].status, second: updated.result[0].status };
});

await step("leadFind", async () => {
  const answer = await marketo.lead.find("email", [email], { fields: ["id", "email", "firstName", "lastName"] });
  check(answer.result.length === 1, `expected one lead, got ${answer.result.length}`);
  return answer.result[0];
});

// The worker sends long filters as a form POST with _method=GET (marketo.md §3); the library has no such call.
await step("leadFindByPost", async () => {
  const answer = await connection.post("/v1/leads.json", { query: { _method: "GET" }, data: { filterType: "email", filterValues: email, fields: "id,email,lastName" } });
  check(answer.result.length === 1, `expected one lead, got ${answer.result.length}`);
  return answer.result[0];
});

await step("usage", async () => {
  const answer = await marketo.stats.usage();
  return { days: answer.result.length, total: answer.result[0]?.total };
});

await step("activities", async () => {
  const types = await marketo.activities.getActivityTypes();
  const moment = types.result.find((type) => type.name === "Interesting Moment");
  check(moment, "no Interesting Moment activity type");
  const since = new Date(Date.now() - 24 * 3600 * 1000).toISOString();
  const token = await marketo.lead.getPageToken(since);
  check(token.nextPageToken, "no paging token");
  const activities = [];
  let page = await marketo.lead.getActivities([Number(momentLeadId)], [moment.id], token.nextPageToken);
  for (;;) {
    activities.push(...(page.result ?? []));
    if (!page.moreResult) break;
    page = await page.nextPage();
  }
  return { typeId: moment.id, count: activities.length, first: activities[0] };
});

const sync = (path, input, options = {}) => connection.postJson(`/v1/${path}`, { action: "createOrUpdate", dedupeBy: "dedupeFields", ...options, input });
const query = (path, filterType, values, fields) => connection.get(`/v1/${path}`, { query: { filterType, filterValues: values.join(","), ...(fields ? { fields: fields.join(",") } : {}) } });
const remove = (path, input) => connection.postJson(`/v1/${path}`, { deleteBy: "dedupeFields", input });

await step("salesPersons", async () => {
  const synced = await sync("salespersons.json", [{ externalSalesPersonId: "sp-1", email: "owner@example.com", firstName: "Sam" }]);
  const found = await query("salespersons.json", "externalSalesPersonId", ["sp-1"]);
  return { status: synced.result[0].status, found: found.result.length };
});

await step("companies", async () => {
  const synced = await sync("companies.json", [{ externalCompanyId: "acct-1", company: "Contoso", externalSalesPersonId: "sp-1" }]);
  const found = await query("companies.json", "externalCompanyId", ["acct-1"], ["externalCompanyId", "company"]);
  return { status: synced.result[0].status, found: found.result.map((c) => c.company) };
});

await step("opportunities", async () => {
  const synced = await sync("opportunities.json", [{ externalOpportunityId: "opp-1", name: "Big deal", externalCompanyId: "acct-1" }]);
  const found = await query("opportunities.json", "externalOpportunityId", ["opp-1"], ["externalOpportunityId", "name"]);
  return { status: synced.result[0].status, found: found.result.map((o) => o.name) };
});

await step("opportunityRoles", async () => {
  const synced = await sync("opportunities/roles.json", [{ externalOpportunityId: "opp-1", leadId, role: "Decision Maker" }]);
  const found = await query("opportunities/roles.json", "externalOpportunityId", ["opp-1"], ["externalOpportunityId", "leadId", "role"]);
  const deleted = await remove("opportunities/roles/delete.json", [{ externalOpportunityId: "opp-1", leadId, role: "Decision Maker" }]);
  return { status: synced.result[0].status, found: found.result.length, deleted: deleted.result[0].status };
});

await step("describeObjects", async () => {
  const names = {};
  for (const object of ["companies", "salespersons", "opportunities", "opportunities/roles"]) {
    const answer = await connection.get(`/v1/${object}/describe.json`);
    names[object] = answer.result[0].dedupeFields;
  }
  return names;
});

await step("deletes", async () => {
  const opportunity = await remove("opportunities/delete.json", [{ externalOpportunityId: "opp-1" }]);
  const company = await remove("companies/delete.json", [{ externalCompanyId: "acct-1" }]);
  const doomed = await marketo.lead.createOrUpdate([{ email: `doomed.${email}` }], { action: "createOrUpdate", lookupField: "email" });
  const lead = await connection.postJson("/v1/leads/delete.json", { input: [{ id: doomed.result[0].id }] });
  return { deletedLeadId: doomed.result[0].id, opportunity: opportunity.result[0].status, company: company.result[0].status, lead: lead.result[0].status };
});

console.log(JSON.stringify({ ok: failures.length === 0, steps, failures }, null, 2));
process.exit(failures.length === 0 ? 0 : 1);
