# Shared set-up for the bench scripts; sourced by bench/cold-start.sh and bench/profile.sh after they cd to the
# repository root. Not meant to be run on its own.

# Another jar (an older build, for an A/B) with JAR=/path/to.jar in the environment.
JAR=${JAR:-target/relapse-guide.jar}
OUT=target/bench
TABLE=relapse-guide-content
USERS=relapse-guide-users
# Lambda's own JVM flags for Java 17+ runtimes.
JVM_FLAGS=(-XX:+TieredCompilation -XX:TieredStopAtLevel=1 -XX:+UseSerialGC)

# The jar and dynalite, built or installed when missing.
bench_prerequisites() {
  [[ -f $JAR ]] || mvn -B -q package -DskipTests
  [[ -f node_modules/dynalite/cli.js ]] || npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
}

# Compiles bench/src against the jar into $OUT/classes.
bench_compile() {
  mkdir -p "$OUT/classes"
  javac -nowarn -d "$OUT/classes" -cp "$JAR" $(find bench/src -name '*.java')
}

# Starts dynalite on a free loopback port, logging to $1, and stops it when the script exits.
# Sets PORT and DYNALITE.
start_dynalite() {
  local log=$1
  PORT=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
  node node_modules/dynalite/cli.js --host 127.0.0.1 --port "$PORT" \
    --createTableMs 0 --deleteTableMs 0 --updateTableMs 0 > "$log" 2>&1 &
  DYNALITE=$!
  trap 'kill $DYNALITE 2>/dev/null || true' EXIT
  for _ in $(seq 100); do grep -q listening "$log" && break; sleep 0.1; done
}

# The skill's environment as the headline row measures it: the content table only (nobody remembered, texting off).
export_skill_env() {
  export AWS_ENDPOINT_URL_DYNAMODB=http://127.0.0.1:$PORT AWS_REGION=us-east-1 \
    AWS_ACCESS_KEY_ID=bench AWS_SECRET_ACCESS_KEY=bench \
    SKILL_ID=amzn1.ask.skill.00000000-0000-4000-8000-000000000000 CONTENT_TABLE=$TABLE LOG_LEVEL=INFO
  unset USERS_TABLE
}

# Creates the content table and loads the bundled content into it, logging to $1.
load_content() {
  java -jar "$JAR" content load --table "$TABLE" --create --allow-unreviewed > "$1"
}

# Creates the users table (partition key userKey, a string, as template.yaml, LocalTables.createUsersTable,
# DynamoDbPersistenceAdapter and DynamoDbTextLedger have it) through dynalite's DynamoDB HTTP API; waits for ACTIVE.
create_users_table() {
  node - "$PORT" "$USERS" <<'EOF'
const http = require("http");
const [port, table] = process.argv.slice(2);
function call(target, body) {
  return new Promise((resolve, reject) => {
    const data = JSON.stringify(body);
    const req = http.request({host: "127.0.0.1", port, method: "POST", path: "/", headers: {
      "X-Amz-Target": "DynamoDB_20120810." + target,
      "Content-Type": "application/x-amz-json-1.0",
      "Content-Length": Buffer.byteLength(data),
      "X-Amz-Date": new Date().toISOString().replace(/[-:]|\.\d+/g, ""),
      "Authorization": "AWS4-HMAC-SHA256 Credential=bench/" + new Date().toISOString().slice(0, 10).replace(/-/g, "") + "/us-east-1/dynamodb/aws4_request, "
        + "SignedHeaders=host, Signature=0"}}, res => {
      let text = "";
      res.on("data", chunk => text += chunk);
      res.on("end", () => resolve({status: res.statusCode, body: text ? JSON.parse(text) : {}}));
    });
    req.on("error", reject);
    req.end(data);
  });
}
(async () => {
  const created = await call("CreateTable", {
    TableName: table,
    AttributeDefinitions: [{AttributeName: "userKey", AttributeType: "S"}],
    KeySchema: [{AttributeName: "userKey", KeyType: "HASH"}],
    BillingMode: "PAY_PER_REQUEST"});
  if (created.status !== 200 && !/ResourceInUse/.test(created.body.__type || "")) {
    throw new Error("CreateTable " + table + ": " + created.status + " " + JSON.stringify(created.body));
  }
  for (let i = 0; i < 100; i++) {
    const described = await call("DescribeTable", {TableName: table});
    if (described.status === 200 && described.body.Table.TableStatus === "ACTIVE") return;
    await new Promise(r => setTimeout(r, 100));
  }
  throw new Error("table " + table + " did not become ACTIVE");
})().catch(e => { console.error(e.message); process.exit(1); });
EOF
}
