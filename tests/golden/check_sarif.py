#!/usr/bin/env python3
"""Structural check of a SARIF 2.1.0 log (python3 stdlib only).

Checks what the SARIF 2.1.0 schema requires of the objects lexgap writes:
required properties, types, enums, no unknown properties on the objects whose
schema forbids them, and that every result's ruleIndex/ruleId agree with
tool.driver.rules. Usage: check_sarif.py FILE...  (exit 1 on the first bad file)
"""
import json
import re
import sys

LEVELS = {"none", "note", "warning", "error"}
KINDS = {"notApplicable", "pass", "fail", "review", "open", "informational"}
SUPPRESSION_KINDS = {"inSource", "external"}
SUPPRESSION_STATUS = {"accepted", "underReview", "rejected"}

ALLOWED = {
    "root": {"$schema", "version", "runs", "inlineExternalProperties", "properties"},
    "run": {"tool", "invocations", "conversion", "language", "versionControlProvenance",
            "originalUriBaseIds", "artifacts", "logicalLocations", "graphs", "results",
            "automationDetails", "runAggregates", "baselineGuid", "redactionTokens",
            "defaultEncoding", "defaultSourceLanguage", "newlineSequences", "columnKind",
            "externalPropertyFileReferences", "threadFlowLocations", "taxonomies",
            "addresses", "translations", "policies", "webRequests", "webResponses",
            "specialLocations", "properties"},
    "driver": {"name", "fullName", "version", "semanticVersion", "dottedQuadFileVersion",
               "releaseDateUtc", "downloadUri", "informationUri", "organization", "product",
               "productSuite", "shortDescription", "fullDescription", "language", "guid",
               "globalMessageStrings", "notifications", "rules", "taxa", "locations",
               "contents", "isComprehensive", "localizedDataSemanticVersion",
               "minimumRequiredLocalizedDataSemanticVersion", "associatedComponent",
               "translationMetadata", "supportedTaxonomies", "properties"},
    "rule": {"id", "deprecatedIds", "guid", "deprecatedGuids", "name", "deprecatedNames",
             "shortDescription", "fullDescription", "messageStrings", "defaultConfiguration",
             "helpUri", "help", "relationships", "properties"},
    "result": {"ruleId", "ruleIndex", "rule", "kind", "level", "message", "analysisTarget",
               "locations", "guid", "correlationGuid", "occurrenceCount", "partialFingerprints",
               "fingerprints", "stacks", "codeFlows", "graphs", "graphTraversals",
               "relatedLocations", "suppressions", "baselineState", "rank", "attachments",
               "hostedViewerUri", "workItemUris", "provenance", "fixes", "taxa",
               "webRequest", "webResponse", "properties"},
    "location": {"id", "physicalLocation", "logicalLocations", "message", "annotations",
                 "relationships", "properties"},
    "physicalLocation": {"address", "artifactLocation", "region", "contextRegion", "properties"},
    "artifactLocation": {"uri", "uriBaseId", "index", "description", "properties"},
    "region": {"startLine", "startColumn", "endLine", "endColumn", "charOffset", "charLength",
               "byteOffset", "byteLength", "snippet", "message", "sourceLanguage", "properties"},
    "logicalLocation": {"name", "index", "fullyQualifiedName", "decoratedName", "parentIndex",
                        "kind", "properties"},
    "suppression": {"guid", "kind", "status", "justification", "location", "properties"},
    "message": {"text", "markdown", "id", "arguments", "properties"},
    "invocation": {"commandLine", "arguments", "responseFiles", "startTimeUtc", "endTimeUtc",
                   "exitCode", "ruleConfigurationOverrides", "notificationConfigurationOverrides",
                   "toolExecutionNotifications", "toolConfigurationNotifications",
                   "exitCodeDescription", "exitSignalName", "exitSignalNumber",
                   "processStartFailureMessage", "executionSuccessful", "machine", "account",
                   "processId", "executableLocation", "workingDirectory", "environmentVariables",
                   "stdin", "stdout", "stderr", "stdoutStderr", "properties"},
    "notification": {"locations", "message", "level", "threadId", "timeUtc", "exception",
                     "descriptor", "associatedRule", "properties"},
}


class Bad(Exception):
    pass


def need(cond, where, what):
    if not cond:
        raise Bad(f"{where}: {what}")


def obj(v, kind, where, required=()):
    need(isinstance(v, dict), where, f"{kind} must be an object")
    extra = set(v) - ALLOWED[kind]
    need(not extra, where, f"unknown {kind} properties {sorted(extra)}")
    for r in required:
        need(r in v, where, f"{kind} lacks required '{r}'")
    if "properties" in v:
        need(isinstance(v["properties"], dict), where, "properties must be an object")


def message(v, where):
    obj(v, "message", where)
    need(isinstance(v.get("text"), str) or isinstance(v.get("id"), str), where,
         "message needs text or id")


def location(v, where):
    obj(v, "location", where)
    if "message" in v:
        message(v["message"], where + ".message")
    if "physicalLocation" in v:
        p = v["physicalLocation"]
        obj(p, "physicalLocation", where + ".physicalLocation")
        need("artifactLocation" in p or "address" in p, where, "physicalLocation needs artifactLocation")
        a = p["artifactLocation"]
        obj(a, "artifactLocation", where + ".artifactLocation")
        if "uri" in a:
            need(isinstance(a["uri"], str) and not re.search(r"[\s<>\"{}|\\^`]", a["uri"]),
                 where, f"uri is not a URI reference: {a['uri']!r}")
        if "region" in p:
            r = p["region"]
            obj(r, "region", where + ".region")
            need(isinstance(r.get("startLine", 1), int) and r.get("startLine", 1) >= 1, where,
                 "startLine must be an integer >= 1")
    for i, l in enumerate(v.get("logicalLocations", [])):
        obj(l, "logicalLocation", f"{where}.logicalLocations[{i}]")
        for k in ("name", "fullyQualifiedName", "kind"):
            need(k not in l or isinstance(l[k], str), where, f"logicalLocation.{k} must be a string")


def check(doc):
    obj(doc, "root", "$", ("version", "runs"))
    need(doc["version"] == "2.1.0", "$", "version must be 2.1.0")
    need(isinstance(doc["runs"], list), "$", "runs must be an array")
    for ri, run in enumerate(doc["runs"]):
        w = f"runs[{ri}]"
        obj(run, "run", w, ("tool",))
        need(isinstance(run["tool"], dict) and "driver" in run["tool"], w, "tool.driver required")
        drv = run["tool"]["driver"]
        obj(drv, "driver", w + ".tool.driver", ("name",))
        need(isinstance(drv["name"], str) and drv["name"], w, "driver.name must be a non-empty string")
        rules = drv.get("rules", [])
        ids = []
        for i, rule in enumerate(rules):
            rw = f"{w}.rules[{i}]"
            obj(rule, "rule", rw, ("id",))
            ids.append(rule["id"])
            for k in ("shortDescription", "fullDescription", "help"):
                if k in rule:
                    message(rule[k], f"{rw}.{k}")
        need(len(set(ids)) == len(ids), w, "duplicate rule ids")
        for i, inv in enumerate(run.get("invocations", [])):
            iw = f"{w}.invocations[{i}]"
            obj(inv, "invocation", iw, ("executionSuccessful",))
            need(isinstance(inv["executionSuccessful"], bool), iw, "executionSuccessful must be a boolean")
            for j, n in enumerate(inv.get("toolExecutionNotifications", [])):
                obj(n, "notification", f"{iw}.notifications[{j}]", ("message",))
                message(n["message"], f"{iw}.notifications[{j}].message")
                need(n.get("level", "warning") in LEVELS, iw, "bad notification level")
                for k, loc in enumerate(n.get("locations", [])):
                    location(loc, f"{iw}.notifications[{j}].locations[{k}]")
        for i, res in enumerate(run.get("results", [])):
            rw = f"{w}.results[{i}]"
            obj(res, "result", rw, ("message",))
            message(res["message"], rw + ".message")
            need(res.get("level", "warning") in LEVELS, rw, f"bad level {res.get('level')!r}")
            need(res.get("kind", "fail") in KINDS, rw, f"bad kind {res.get('kind')!r}")
            if "ruleIndex" in res:
                need(isinstance(res["ruleIndex"], int) and 0 <= res["ruleIndex"] < len(rules), rw,
                     "ruleIndex out of range")
                need(rules[res["ruleIndex"]]["id"] == res.get("ruleId"), rw,
                     "ruleId does not match rules[ruleIndex].id")
            need("ruleId" in res or "rule" in res, rw, "result names no rule")
            for k in ("locations", "relatedLocations"):
                need(isinstance(res.get(k, []), list), rw, f"{k} must be an array")
                for j, loc in enumerate(res.get(k, [])):
                    location(loc, f"{rw}.{k}[{j}]")
            for j, s in enumerate(res.get("suppressions", [])):
                sw = f"{rw}.suppressions[{j}]"
                obj(s, "suppression", sw, ("kind",))
                need(s["kind"] in SUPPRESSION_KINDS, sw, "bad suppression kind")
                need(s.get("status", "accepted") in SUPPRESSION_STATUS, sw, "bad suppression status")
                need(isinstance(s.get("justification", ""), str), sw, "justification must be a string")
            pf = res.get("partialFingerprints", {})
            need(isinstance(pf, dict) and all(isinstance(x, str) for x in pf.values()), rw,
                 "partialFingerprints must map to strings")


def main(argv):
    if len(argv) < 2:
        print("usage: check_sarif.py FILE...", file=sys.stderr)
        return 2
    for path in argv[1:]:
        try:
            with open(path, encoding="utf-8") as f:
                check(json.load(f))
        except (Bad, ValueError, OSError) as e:
            print(f"{path}: not valid SARIF 2.1.0: {e}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
