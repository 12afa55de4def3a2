package dev.speckitty.sync.fs.project;

import dev.speckitty.sync.core.env.Environment;
import dev.speckitty.sync.core.port.LockFiles;
import dev.speckitty.sync.core.port.OperatorLog;
import dev.speckitty.sync.core.setupplan.CanonicalJson;
import dev.speckitty.sync.core.setupplan.JsonValue;
import dev.speckitty.sync.core.setupplan.LamportClock;
import dev.speckitty.sync.core.setupplan.LifecycleEventLog;
import dev.speckitty.sync.core.setupplan.ListMissionArtifacts;
import dev.speckitty.sync.core.setupplan.LocateMission;
import dev.speckitty.sync.core.setupplan.ReadProjectInputs;
import dev.speckitty.sync.core.setupplan.WritePlanScaffold;
import dev.speckitty.sync.core.testing.FakeClock;
import dev.speckitty.sync.core.testing.LamportClockContract;
import dev.speckitty.sync.core.testing.LifecycleEventLogContract;
import dev.speckitty.sync.core.testing.ListMissionArtifactsContract;
import dev.speckitty.sync.core.testing.LocateMissionContract;
import dev.speckitty.sync.core.testing.ReadProjectInputsContract;
import dev.speckitty.sync.core.testing.SetupPlanEventLines;
import dev.speckitty.sync.core.testing.SetupPlanTreeFixture;
import dev.speckitty.sync.core.testing.WritePlanScaffoldContract;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Nested;

/** The setup-plan port contracts run against the file-system adapters, on real files under {@code @TempDir}. */
class ProjectFilesContractsTest {

    private static final SetupPlanTreeFixture FILES = new FilesTreeFixture();

    @Nested
    class Locate extends LocateMissionContract {
        @Override
        protected SetupPlanTreeFixture tree() {
            return FILES;
        }

        @Override
        protected LocateMission locate() {
            return ProjectFiles.locateMission();
        }
    }

    @Nested
    class Inputs extends ReadProjectInputsContract {
        @Override
        protected SetupPlanTreeFixture tree() {
            return FILES;
        }

        @Override
        protected ReadProjectInputs inputs(OperatorLog log) {
            return ProjectFiles.readProjectInputs(log);
        }

        @Override
        protected void givenProjectConfig(Path projectRoot, Map<String, String> projectEntries) {
            StringBuilder yaml = new StringBuilder("# spec-kitty project\nproject:\n");
            new TreeMap<>(projectEntries).forEach((key, value) -> yaml.append("  ").append(key).append(": \"")
                    .append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\n"));
            FILES.file(projectRoot.resolve(".kittify/config.yaml"), yaml.toString().getBytes(StandardCharsets.UTF_8));
        }

        @Override
        protected void givenUnreadableProjectConfig(Path projectRoot) {
            FILES.file(projectRoot.resolve(".kittify/config.yaml"),
                    "project:\n  uuid: [never closed\n".getBytes(StandardCharsets.UTF_8));
        }

        @Override
        protected void givenMissionMeta(Path missionDirectory, JsonValue.Obj meta) {
            FILES.file(missionDirectory.resolve("meta.json"),
                    CanonicalJson.write(meta).getBytes(StandardCharsets.UTF_8));
        }

        @Override
        protected void givenUnreadableMissionMeta(Path missionDirectory) {
            FILES.file(missionDirectory.resolve("meta.json"),
                    "{'mission_type': 'research'}".getBytes(StandardCharsets.UTF_8));
        }
    }

    @Nested
    class Plans extends WritePlanScaffoldContract {
        @Override
        protected SetupPlanTreeFixture tree() {
            return FILES;
        }

        @Override
        protected WritePlanScaffold plans() {
            return ProjectFiles.writePlanScaffold();
        }
    }

    @Nested
    class Events extends LifecycleEventLogContract {
        @Override
        protected SetupPlanTreeFixture tree() {
            return FILES;
        }

        @Override
        protected LifecycleEventLog events() {
            return ProjectFiles.lifecycleEventLog(FakeClock.at("2026-05-17T16:42:00Z"));
        }

        @Override
        protected void givenEventsFile(Path file, SetupPlanEventLines lines) {
            FILES.file(file, lines.bytes());
        }
    }

    @Nested
    class Artifacts extends ListMissionArtifactsContract {
        @Override
        protected SetupPlanTreeFixture tree() {
            return FILES;
        }

        @Override
        protected ListMissionArtifacts artifacts() {
            return ProjectFiles.listMissionArtifacts();
        }
    }

    @Nested
    class Clock extends LamportClockContract {
        @Override
        protected LamportClock clock(LockFiles locks, Environment environment, String hostname, String jvmUserName) {
            return new FsLamportClock(locks, FakeClock.at("2026-05-17T16:42:00Z"), environment, () -> hostname,
                    jvmUserName);
        }
    }
}
