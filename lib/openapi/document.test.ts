import { describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { buildOpenApiDocument } from "./document";
import { ZIntake } from "../schemas/intake";
import { ZTransitionInput } from "../schemas/consultations";

const API_DIR = path.resolve(import.meta.dirname, "../../app/api/v1");

/** Every route.ts under app/api/v1 as an OpenAPI path with its exported methods. */
function routeFiles(dir = API_DIR): { path: string; methods: string[] }[] {
  const out: { path: string; methods: string[] }[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...routeFiles(full));
    else if (entry.name === "route.ts") {
      const rel = path.relative(path.resolve(API_DIR, "../.."), path.dirname(full)).replace(/\[(\w+)\]/g, "{$1}");
      const src = fs.readFileSync(full, "utf8");
      const methods = [...src.matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]!.toLowerCase());
      out.push({ path: `/${rel}`, methods });
    }
  }
  return out;
}

describe("OpenAPI document", () => {
  const doc = buildOpenApiDocument();

  it("is OpenAPI 3.1", () => {
    expect(doc.openapi).toBe("3.1.0");
  });

  it("documents every v1 route and method, and nothing that does not exist", () => {
    const routes = routeFiles();
    expect(routes.length).toBeGreaterThan(3);
    for (const r of routes) {
      expect(doc.paths, `missing path ${r.path}`).toHaveProperty([r.path]);
      for (const m of r.methods) expect(doc.paths[r.path], `missing ${m} ${r.path}`).toHaveProperty(m);
    }
    const documented = Object.keys(doc.paths);
    expect(documented.sort()).toEqual(routes.map((r) => r.path).sort());
  });

  it("uses the same zod schemas as the API for request bodies", () => {
    expect(doc.components.schemas.Intake).toEqual(z.toJSONSchema(ZIntake, { io: "input", unrepresentable: "any" }));
    expect(doc.components.schemas.TransitionInput).toEqual(z.toJSONSchema(ZTransitionInput, { io: "input", unrepresentable: "any" }));
  });
});
