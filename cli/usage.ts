/** The usage text of the whole command line. */
export const USAGE = `usage: aws-guardrails check [program-dir | --preview-json FILE | --state FILE]
                            [--json[=FILE]] [--sarif[=FILE]] [--junit[=FILE]] [--markdown[=FILE]] [--quiet]
                            [--fail-on mandatory|advisory|none] [--allow-incomplete] [--now YYYY-MM-DD]
                            [--policy-pack DIR] [--policy-pack-config FILE] [--pack-processes auto|1|2]
                            [--config KEY=VALUE ...] [--stack NAME] [--timeout SECONDS] [--emit-state FILE]
       aws-guardrails docs [--policy-pack DIR] [--out DIR] [--check]
       aws-guardrails audit --credential-report FILE [--authorization-details FILE] | --live  (audit --help)
       aws-guardrails --help | --version

check   checks every resource of a Pulumi stack with the policy pack over the CrossGuard
        protocol, as \`pulumi preview --policy-pack\` would, with no cloud and no credentials:
          program-dir            a TypeScript or JavaScript program (CommonJS or ES module),
                                 run under mocks (default ".")
          --preview-json FILE    the output of \`pulumi preview --json --show-sames\`, from a
                                 program in any language ("-" reads stdin)
          --state FILE           the output of \`pulumi stack export\` (deployed resources with
                                 their outputs, such as access keys' creation dates; "-" is stdin)
          --json, --sarif, --junit, --markdown
                                 a machine-readable report: on stdout (also =-), or with =FILE
                                 into a file (any number of them; at most one on stdout)
          --quiet                leave the resource tree out of the text report
          --fail-on LEVEL        block on mandatory findings (default), on any finding
                                 (advisory), or never (none)
          --allow-incomplete     exit 0 instead of 3 when something was not seen
          --now YYYY-MM-DD       judge key ages and exemption windows as of this day (default today)
          --emit-state FILE      also write what the program registered as a stack export
          --timeout SECONDS      stop a program that runs longer (default 300)
          --config KEY=VALUE     set stack config, as \`pulumi config set\` does (repeatable)
          --stack NAME           the stack whose Pulumi.<stack>.yaml supplies config (default dev)
          --policy-pack DIR      a policy pack folder instead of the bundled one
          --policy-pack-config FILE
                                 the pack's config JSON, as \`pulumi preview --policy-pack-config\`
                                 takes it (enforcement levels, policy settings, exemptions)
          --pack-processes N     processes of the pack that share the analysis: auto (default)
                                 adds a second process of the bundled pack from 2,000 resources
                                 and keeps a --policy-pack pack to one, as the engine does
        Exit codes: 0 passed, 1 blocked, 2 bad usage, a bad file or a failed program,
        3 incomplete (nothing blocked, but something was not seen: a remote component,
        a data source without a faithful offline answer, an encrypted secret input, or a
        resource missing from a preview).
docs    regenerates docs/policies.md and docs/cis.md from the pack's own metadata;
        --check exits 1 instead when the files on disk are out of date.
audit   judges the IAM users and keys that already exist in an account, from the files AWS's
        CLI writes or live through the AWS SDK; \`aws-guardrails audit --help\` for details.`;
