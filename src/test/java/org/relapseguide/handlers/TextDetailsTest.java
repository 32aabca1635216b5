package org.relapseguide.handlers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.relapseguide.content.ContentFile;
import org.relapseguide.content.ContentSet;
import org.relapseguide.content.InMemoryContentRepository;
import org.relapseguide.sms.PhoneLookup;
import org.relapseguide.sms.SimulatedPhoneNumbers;
import org.relapseguide.sms.SmsException;
import org.relapseguide.sms.SmsSender;
import org.relapseguide.testing.Heard;
import org.relapseguide.testing.RecordingSmsSender;
import org.relapseguide.testing.SkillHarness;
import org.relapseguide.voice.Phrase;
import org.relapseguide.voice.Speech;

/** "Text me the details" says "sent" only when the sender reported it sent, and otherwise says why not. */
class TextDetailsTest {
    private final ContentSet content = ContentFile.bundled("en-US");
    private final Speech speech = Speech.load("en-US");

    private static SkillHarness skill(PhoneLookup phone, SmsSender sms) {
        return new SkillHarness(InMemoryContentRepository.bundled(), new SimulatedPhoneNumbers(phone), sms);
    }

    @Test
    void text_me_that_sends_the_current_topic_and_says_the_last_two_digits() {
        RecordingSmsSender sms = new RecordingSmsSender();

        Heard heard = SkillHarness.withDefaults(sms).invoke("text-details");

        assertThat(heard.speech())
                .startsWith("Done. I've texted the details on "
                        + content.topic("blinatumomab").orElseThrow().title() + " to your phone ending in 47.");
        assertThat(sms.sent()).singleElement().satisfies(text -> {
            assertThat(text.phoneNumber()).isEqualTo(SkillHarness.PHONE);
            assertThat(text.body())
                    .startsWith(content.topic("blinatumomab").orElseThrow().title())
                    .endsWith(speech.get(Phrase.SMS_FOOTER));
        });
        assertThat(heard.keepsSessionOpen()).isTrue();
    }

    @Test
    void text_me_about_a_named_topic_sends_that_topic() {
        RecordingSmsSender sms = new RecordingSmsSender();

        Heard heard = SkillHarness.withDefaults(sms).invoke("text-details-about-car-t");

        assertThat(heard.speech()).contains(content.topic("car_t").orElseThrow().title());
        assertThat(sms.sent())
                .singleElement()
                .satisfies(text -> assertThat(text.body())
                        .contains(content.topic("car_t").orElseThrow().text()));
    }

    @Test
    void text_me_with_no_topic_asks_which_and_sends_nothing() {
        RecordingSmsSender sms = new RecordingSmsSender();

        Heard heard = SkillHarness.withDefaults(sms).invoke("text-details-without-topic");

        assertThat(heard.speech()).isEqualTo(speech.get(Phrase.TEXT_WHICH_TOPIC));
        assertThat(sms.sent()).isEmpty();
    }

    @Test
    void a_failed_send_is_said_plainly_and_the_details_go_on_a_card() throws Exception {
        SmsSender failing = mock(SmsSender.class);
        when(failing.send(anyString(), anyString())).thenThrow(new SmsException("throttled"));

        Heard heard = skill(PhoneLookup.found(SkillHarness.PHONE), failing).invoke("text-details");

        assertThat(heard.speech())
                .startsWith(speech.get(Phrase.TEXT_SEND_FAILED))
                .doesNotContain("Done");
        assertThat(heard.cardTitle())
                .isEqualTo(content.topic("blinatumomab").orElseThrow().title());
        assertThat(heard.keepsSessionOpen()).isTrue();
    }

    @Test
    void no_number_on_the_account_is_said_with_how_to_add_one() throws Exception {
        SmsSender sender = mock(SmsSender.class);

        Heard heard =
                skill(PhoneLookup.of(PhoneLookup.Status.NO_NUMBER), sender).invoke("text-details");

        assertThat(heard.speech()).startsWith(speech.get(Phrase.TEXT_NO_NUMBER));
        verify(sender, never()).send(anyString(), anyString());
    }

    @Test
    void no_permission_yet_asks_for_it_by_voice_and_sends_nothing() throws Exception {
        SmsSender sender = mock(SmsSender.class);

        Heard heard =
                skill(PhoneLookup.of(PhoneLookup.Status.NO_CONSENT), sender).invoke("text-details");

        assertThat(heard.speech()).isEqualTo(speech.get(Phrase.TEXT_ASKING_CONSENT));
        assertThat(heard.response().path("directives").get(0).path("type").asText())
                .isEqualTo("Connections.StartConnection");
        verify(sender, never()).send(anyString(), anyString());
    }

    @Test
    void an_unreachable_profile_service_is_said_honestly() throws Exception {
        SmsSender sender = mock(SmsSender.class);

        Heard heard =
                skill(PhoneLookup.of(PhoneLookup.Status.UNAVAILABLE), sender).invoke("text-details");

        assertThat(heard.speech()).startsWith(speech.get(Phrase.TEXT_NUMBER_UNAVAILABLE));
        verify(sender, never()).send(anyString(), anyString());
    }

    @Test
    void an_opted_out_phone_is_told_how_to_opt_back_in_and_nothing_is_sent() throws Exception {
        SmsSender sender = mock(SmsSender.class);
        when(sender.isOptedOut(SkillHarness.PHONE)).thenReturn(true);

        Heard heard = skill(PhoneLookup.found(SkillHarness.PHONE), sender).invoke("text-details");

        assertThat(heard.speech()).startsWith(speech.get(Phrase.TEXT_OPTED_OUT));
        verify(sender, never()).send(anyString(), anyString());
    }
}
