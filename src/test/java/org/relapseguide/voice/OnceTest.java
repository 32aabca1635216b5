package org.relapseguide.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.relapseguide.content.InMemoryContentRepository;
import org.relapseguide.understanding.Understander;

class OnceTest {

    @Test
    void the_value_is_built_on_the_first_use_and_never_again() {
        AtomicInteger builds = new AtomicInteger();
        Once<String> once = new Once<>(() -> "built " + builds.incrementAndGet());

        assertThat(builds).hasValue(0);
        assertThat(once.get()).isEqualTo("built 1");
        assertThat(once.get()).isEqualTo("built 1");
        assertThat(builds).hasValue(1);
    }

    @Test
    void a_voice_builds_its_understander_only_when_one_is_first_needed() {
        Voice voice = new Voices(InMemoryContentRepository.bundled(), true).forLocale("en-US");

        assertThat(voice.understanding())
                .isInstanceOfSatisfying(
                        Once.class, once -> assertThat(once.isBuilt()).isFalse());
        Understander first = voice.understander();
        assertThat(voice.understander()).isSameAs(first);
        assertThat(voice.understanding())
                .isInstanceOfSatisfying(
                        Once.class, once -> assertThat(once.isBuilt()).isTrue());
    }
}
