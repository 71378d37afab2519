package dev.costfit.profile;

import java.util.Set;

/**
 * Lambda SnapStart, on or off (platforms.lambda.snapstart). It runs on the Java 11+, Python 3.12+ and .NET 8+ managed
 * runtimes only — not Node.js, Ruby, OS-only runtimes (Go, Rust) or container images — and not together with
 * provisioned concurrency, EFS or more than 512 MB of ephemeral storage
 * (https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html, "Supported features and limitations").
 */
public enum SnapStart implements Choice {
    ON, OFF;

    /** The runtimes SnapStart can be turned on for. */
    public static final Set<Runtime> RUNTIMES = Set.of(Runtime.JAVA, Runtime.PYTHON, Runtime.DOTNET);
}
