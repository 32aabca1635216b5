package org.relapseguide.users;

import com.amazon.ask.attributes.persistence.PersistenceAdapter;

/**
 * Where caregivers are remembered between conversations: the ASK SDK's persistence port, which also says whether it
 * remembers anyone at all, so a deployment without a users table wires {@link ForgetfulCaregiverStore}, never null.
 */
public interface CaregiverStore extends PersistenceAdapter {

    /** @return false when this store keeps nothing, so the skill treats every caregiver as a first visit */
    default boolean remembers() {
        return true;
    }
}
