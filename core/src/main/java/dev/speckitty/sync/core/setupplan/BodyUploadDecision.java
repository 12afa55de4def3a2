package dev.speckitty.sync.core.setupplan;

import java.util.Objects;

/** What happens to one candidate artifact: it is uploaded, or skipped with a reason (cli.md §14.6). */
public sealed interface BodyUploadDecision {

    String artifactPath();

    record Upload(BodyUpload row) implements BodyUploadDecision {
        public Upload {
            Objects.requireNonNull(row, "row");
        }

        @Override
        public String artifactPath() {
            return row.artifactPath();
        }
    }

    record Skip(String artifactPath, SkipReason reason) implements BodyUploadDecision {
        public Skip {
            Objects.requireNonNull(artifactPath, "artifactPath");
            Objects.requireNonNull(reason, "reason");
        }

        /** The warning text (the log adds {@code [WARN] }): {@code body upload skipped: <artifact_path> (<reason>)}. */
        public String warning() {
            return "body upload skipped: " + artifactPath + " (" + reason.wireValue() + ")";
        }
    }
}
