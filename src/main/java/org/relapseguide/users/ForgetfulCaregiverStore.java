package org.relapseguide.users;

import com.amazon.ask.model.RequestEnvelope;
import java.util.Map;
import java.util.Optional;

/** The store of a deployment without a users table: it remembers nobody and writes nothing. */
public final class ForgetfulCaregiverStore implements CaregiverStore {

    @Override
    public boolean remembers() {
        return false;
    }

    @Override
    public Optional<Map<String, Object>> getAttributes(RequestEnvelope envelope) {
        return Optional.empty();
    }

    @Override
    public void saveAttributes(RequestEnvelope envelope, Map<String, Object> attributes) {}

    @Override
    public void deleteAttributes(RequestEnvelope envelope) {}
}
