package dev.speckitty.sync.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonParser;
import dev.speckitty.sync.cli.command.Refusal;
import dev.speckitty.sync.core.boundary.BoundaryFailure;
import dev.speckitty.sync.core.boundary.FailureCode;
import dev.speckitty.sync.core.boundary.Remediation;
import dev.speckitty.sync.core.daemon.FieldMismatch;
import dev.speckitty.sync.core.daemon.IdentityField;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The refusal block of cli.md §3.6 with an owner_mismatch entry (the example of §7 step 2). */
class RefusalViewTest {

    private static final Refusal REFUSAL = new Refusal(List.of("sync", "now"), "SYNC_BOUNDARY_REFUSED",
            "the sync boundary is incoherent", List.of(
            Refusal.Entry.of(new BoundaryFailure(FailureCode.OWNER_MISMATCH,
                    "foreground/daemon mismatch on field(s): package_version, auth_scope",
                    "foreground/daemon mismatch on field(s): package_version, auth_scope", Remediation.R2, List.of(
                    new FieldMismatch(IdentityField.PACKAGE_VERSION, "3.2.4", "3.2.2"),
                    new FieldMismatch(IdentityField.AUTH_SCOPE, "s|a|t", null)))),
            Refusal.Entry.of(new BoundaryFailure(FailureCode.SAAS_UNAUTHENTICATED,
                    "SaaS sync is enabled but no authenticated identity is available",
                    "SaaS sync is enabled but no authenticated identity is available", Remediation.R5, List.of())),
            Refusal.Entry.of("other", "again", Remediation.R2)));

    @Test
    void humanBlockGoesToStderr() {
        Rendering rendering = Output.render(REFUSAL, false);
        assertEquals("", rendering.stdout());
        assertEquals(String.join("\n",
                "Refusing `spec-kitty sync now`: the sync boundary is incoherent.",
                "  ! foreground/daemon mismatch on field(s): package_version, auth_scope",
                "    package_version: foreground=3.2.4 daemon=3.2.2",
                "    auth_scope: foreground=s|a|t daemon=<unset>",
                "    Remediation: " + Remediation.R2,
                "  ! SaaS sync is enabled but no authenticated identity is available",
                "    Remediation: " + Remediation.R5,
                "  ! again",
                "    Remediation: " + Remediation.R2,
                ""), rendering.stderr());
    }

    @Test
    void jsonDocumentHasMismatchesOnlyInTheMismatchEntryAndDistinctRemediations() {
        Rendering rendering = Output.render(REFUSAL, true);
        assertEquals("", rendering.stderr());
        assertEquals(JsonParser.parseString("{\"error_code\":\"SYNC_BOUNDARY_REFUSED\",\"error\":\"the sync boundary"
                + " is incoherent\",\"failures\":[{\"code\":\"owner_mismatch\",\"message\":\"foreground/daemon mismatch"
                + " on field(s): package_version, auth_scope\",\"remediation\":\"" + Remediation.R2
                + "\",\"mismatches\":[{\"field\":\"package_version\",\"foreground_value\":\"3.2.4\",\"daemon_value\":"
                + "\"3.2.2\"},{\"field\":\"auth_scope\",\"foreground_value\":\"s|a|t\",\"daemon_value\":null}]},"
                + "{\"code\":\"saas_unauthenticated\",\"message\":\"SaaS sync is enabled but no authenticated identity"
                + " is available\",\"remediation\":\"" + Remediation.R5 + "\"},{\"code\":\"other\",\"message\":"
                + "\"again\",\"remediation\":\"" + Remediation.R2 + "\"}],\"remediation\":[\"" + Remediation.R2
                + "\",\"" + Remediation.R5 + "\"]}"), JsonParser.parseString(rendering.stdout()));
    }
}
