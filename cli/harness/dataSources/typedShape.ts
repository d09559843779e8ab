import * as fs from "fs";
import * as path from "path";
import type * as TypeScript from "typescript";

/**
 * Typed empty values read from a provider SDK's own declarations: for a data
 * source, every required field of its `<Name>Result` interface; for a
 * component, every `Output<T>` property of its class. Strings become "",
 * numbers 0, booleans false, lists [] and maps {}, so a program can index,
 * slice and iterate what it got without crashing on `undefined`.
 */

let ts: typeof TypeScript | undefined;
const shapes = new Map<string, Record<string, unknown> | undefined>();

function typescript(): typeof TypeScript {
    // TypeScript is loaded only when a data source or component has no specific answer.
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    ts ??= require("typescript") as typeof TypeScript;
    return ts;
}

/** The value an empty instance of a declared type has. */
function emptyOf(node: TypeScript.TypeNode | undefined): unknown {
    const t = typescript();
    if (!node) {
        return null;
    }
    switch (node.kind) {
        case t.SyntaxKind.StringKeyword:
            return "";
        case t.SyntaxKind.NumberKeyword:
            return 0;
        case t.SyntaxKind.BooleanKeyword:
            return false;
        case t.SyntaxKind.ArrayType:
            return [];
        case t.SyntaxKind.ParenthesizedType:
            return emptyOf((node as TypeScript.ParenthesizedTypeNode).type);
        case t.SyntaxKind.UnionType: {
            const members = (node as TypeScript.UnionTypeNode).types.filter((m) => m.kind !== t.SyntaxKind.UndefinedKeyword);
            return emptyOf(members[0]);
        }
        case t.SyntaxKind.TypeLiteral:
            return objectOf((node as TypeScript.TypeLiteralNode).members);
        case t.SyntaxKind.TypeReference: {
            const ref = node as TypeScript.TypeReferenceNode;
            const name = ref.typeName.getText();
            if (/(^|\.)Output$/.test(name) || /(^|\.)Input$/.test(name)) {
                return emptyOf(ref.typeArguments?.[0]);
            }
            return name === "Array" ? [] : {};
        }
        default:
            return null;
    }
}

function objectOf(members: readonly TypeScript.TypeElement[] | readonly TypeScript.ClassElement[]): Record<string, unknown> {
    const t = typescript();
    const out: Record<string, unknown> = {};
    for (const member of members) {
        if ((t.isPropertySignature(member) || t.isPropertyDeclaration(member)) && !member.questionToken && t.isIdentifier(member.name)) {
            const isStatic = t.getCombinedModifierFlags(member as TypeScript.Declaration) & t.ModifierFlags.Static;
            if (!isStatic && !member.name.text.startsWith("__")) {
                out[member.name.text] = emptyOf(member.type);
            }
        }
    }
    return out;
}

/** The declaration file of `<module>/<file>` in `@pulumi/<pkg>`, resolved from the program's folder first. */
function declarationFile(pkg: string, moduleName: string, file: string, searchPaths: string[]): string | undefined {
    let root: string;
    try {
        root = path.dirname(require.resolve(`@pulumi/${pkg}/package.json`, { paths: searchPaths }));
    } catch {
        return undefined;
    }
    const candidate = path.join(root, moduleName === "index" ? "" : moduleName, `${file}.d.ts`);
    return fs.existsSync(candidate) ? candidate : undefined;
}

function readShape(key: string, file: string | undefined, pick: (source: TypeScript.SourceFile) => Record<string, unknown> | undefined): Record<string, unknown> | undefined {
    if (!shapes.has(key)) {
        let shape: Record<string, unknown> | undefined;
        if (file) {
            const t = typescript();
            shape = pick(t.createSourceFile(file, fs.readFileSync(file, "utf8"), t.ScriptTarget.Latest, true));
        }
        shapes.set(key, shape);
    }
    const found = shapes.get(key);
    return found ? structuredClone(found) : undefined;
}

/** A typed empty result for a data-source token like `aws:ec2/getVpcs:getVpcs`, or undefined when its declaration is not found. */
export function typedResult(token: string, searchPaths: string[]): Record<string, unknown> | undefined {
    const match = /^([a-z0-9-]+):([A-Za-z0-9]+)(?:\/[A-Za-z0-9]+)?:([A-Za-z0-9]+)$/.exec(token);
    if (!match) {
        return undefined;
    }
    const [, pkg, moduleName, fn] = match;
    const iface = `${fn[0].toUpperCase()}${fn.slice(1)}Result`;
    return readShape(token, declarationFile(pkg, moduleName, fn, searchPaths), (source) => {
        const t = typescript();
        const decl = source.statements.find((s): s is TypeScript.InterfaceDeclaration => t.isInterfaceDeclaration(s) && s.name.text === iface);
        return decl ? objectOf(decl.members) : undefined;
    });
}

/** Typed empty outputs of a component type like `awsx:ec2:Vpc`, read from its class declaration. */
export function typedComponentOutputs(type: string, searchPaths: string[]): Record<string, unknown> | undefined {
    const [pkg, moduleName, className] = type.split(":");
    if (!pkg || !moduleName || !className) {
        return undefined;
    }
    const file = declarationFile(pkg, moduleName, `${className[0].toLowerCase()}${className.slice(1)}`, searchPaths);
    return readShape(type, file, (source) => {
        const t = typescript();
        const decl = source.statements.find((s): s is TypeScript.ClassDeclaration => t.isClassDeclaration(s) && s.name?.text === className);
        return decl ? objectOf(decl.members) : undefined;
    });
}
