import json, collections
rows=[l.rstrip("\n").split("\t") for l in open("heldout.tsv")]
groups=[l.strip() for l in open("heldout.groups")]
outs=[json.loads(l) for l in open("raw.jsonl")]
assert len(rows)==len(outs)==len(groups)
res=[]
for (q,intent,tool,reg),g,o in zip(rows,groups,outs):
    assert o["question"]==q, (q,o["question"])
    reasons=[]
    if o["intent"] not in intent.split("|"): reasons.append("intent")
    tools=[t["id"] for t in o["tools"]]
    first=tools[0] if tools else "-"
    if tool=="-":
        if tools: reasons.append("tool")
    elif tool=="*":
        if not tools: reasons.append("tool")
    else:
        if first not in tool.split("|"): reasons.append("tool")
    r=o["region"]["code"] if o["region"] else "-"
    if intent=="providers" and r!=reg: reasons.append("region")
    if g=="unknown" and not any(s in o["text"].lower() for s in ("connais pas","don't know")): reasons.append("text")
    res.append(dict(q=q,g=g,exp=(intent,tool,reg),got=(o["intent"],first,r),reasons=reasons,o=o))
tot=collections.Counter(); ok=collections.Counter()
for x in res:
    tot[x["g"]]+=1; ok[x["g"]]+= not x["reasons"]
print("overall %d/%d"%(sum(ok.values()),len(res)))
for g in tot: print(g, ok[g], tot[g])
for x in res:
    if x["reasons"]:
        o=x["o"]
        print("%-12s %-60s exp=%s got=%s %s | replaces=%s dept=%s city=%s tools=%s"%(x["g"],x["q"],x["exp"],x["got"],x["reasons"],[p["id"] for p in o["replaces"]],(o.get("departement") or {}).get("code"),o.get("city"),[t["id"] for t in o["tools"]][:4]))
json.dump(res,open("/tmp/qa_res.json","w"),ensure_ascii=False)
