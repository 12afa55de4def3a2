package dev.speckitty.sync.core.testing;

import dev.speckitty.sync.core.identity.ReadIdentityInputs;
import java.nio.file.Path;
import java.util.Map;

class InMemoryIdentityInputsTest extends ReadIdentityInputsContract {
    private final InMemoryIdentityInputs fake = new InMemoryIdentityInputs();

    @Override
    protected ReadIdentityInputs subject() {
        return fake;
    }

    @Override
    protected void arrangeSession(Path root, String email, String privateTeamId, String refreshTokenExpiresAt) {
        fake.putSessionPayload(root, email, privateTeamId, refreshTokenExpiresAt);
    }

    @Override
    protected void arrangeCredentials(Path root, String username, String teamSlug, String serverUrl) {
        fake.putCredentials(root, username, teamSlug, serverUrl);
    }

    @Override
    protected void arrangeConfig(Path root, Map<String, Object> syncValues) {
        fake.putConfig(root, syncValues);
    }
}
