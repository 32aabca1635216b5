package org.relapseguide.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.relapseguide.content.ContentFile;

/** The resolver on its own: how it reads words, names, emergencies and what it keeps for the record. */
class UnderstanderTest {
    private static final Understander UNDERSTANDER =
            new Understander(ContentFile.bundled("en-US"), Language.load("en-US"));

    private static String read(String text) {
        return String.join(" ", UNDERSTANDER.restoredWords(text));
    }

    @ParameterizedTest(name = "\"{0}\" reads as \"{1}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "What's my son's M R D number? He's twenty-one | what is my child mrd number he is 21",
                "she'll have a temp of a hundred and three | she will have a temp of a 103",
                "the leukaemia came back | the leukemia relapse",
                "my daughter's odds | my child survival",
                "i'm twenty three and it came back | adult and it relapse",
                "I'm her foster mom | i am her i",
                "what does an a n c mean | what does an anc mean",
                "is my grown-up son's testicle | is my adult child testicular",
                // Round 41 (blind): a term spelled out twice over is the term twice.
                "everybody keeps saying m r d m r d | everybody keeps saying mrd mrd",
                // Probe 69 (blind): a reading said digit by digit with a zero.
                "it keeps saying one zero one point four | it keeps saying 101 point 4",
            })
    void contractions_possessives_spelled_letters_numbers_and_equivalences_are_undone(String said, String read) {
        assertThat(read(said)).isEqualTo(read);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "what is blinna to mo mab | what is blinatumomab",
                "how does blin sight oh work | how does blinatumomab oh work",
                "what is kim rya | what is kymriah",
                "what is new trope penny a | what is neutropenia",
                "what does flow site om a tree show | what does flow cytometry show",
                "what is techartus | what is tecartus",
            })
    void a_drug_or_gene_name_heard_in_pieces_is_put_back_together(String said, String read) {
        assertThat(read(said)).isEqualTo(read);
    }

    @ParameterizedTest(name = "\"{0}\" stays as said")
    @CsvSource({
        "tell me about the camera they use",
        "what's the car t they give",
        "why does car t wipe out normal b cells",
        "can she play with the cat",
        "is it a new type of penny",
    })
    void real_words_that_merely_sound_like_a_name_are_left_alone(String said) {
        TextNormalizer plain = new TextNormalizer(Language.load("en-US"), Set.of());

        assertThat(UNDERSTANDER.restoredWords(said)).isEqualTo(plain.words(said));
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "my daughter fainted at dinner | unresponsive",
                "he's burning up and he's on the pump | fever",
                "her lips are turning blue | breathing",
                "the bleeding from his nose won't stop | bleeding",
                "my son is shaking all over | seizure",
                "she has a terrible headache and keeps throwing up | severe_pain",
                "he's having trouble catching his breath | breathing",
                "i'm the patient and i'm having trouble catching my breath right now | breathing",
                "i'm the patient and i feel like i can't get enough air | breathing",
                "her whole body went stiff and she's jerking | seizure",
                "he threw up and it looks like coffee grounds | bleeding",
                "his words are coming out all wrong since this morning | confusion",
                "she's been shaking for three minutes | seizure",
                "the bruise on his arm keeps getting bigger and bigger | bleeding",
                // Probe round 14 (blind): an "if" of a sign happening this very moment asks whether, it supposes
                // nothing.
                "if my wife can't remember my name right now is that the car t thing they warned us about | confusion",
                // A sign said to have ended, then to have started again; another sign ended beside one that did not.
                "the nosebleed stopped after ten minutes but now it started again and won't stop | bleeding",
                "she's bleeding from her nose and her fever went away | bleeding",
                "he was pale and has stopped breathing | breathing",
                // The one with the sign said to be the one in treatment is the patient.
                "she's burning up and she's the one who has leukemia should her sister stay away | fever",
                // Sixteenth session: an end that is denied ends nothing; a fever said gone, then back up.
                "she's breathing hard and still hasn't caught her breath | breathing",
                "her fever went down with tylenol but it went back up | fever",
                // An end that names no sign ends none: a normal reading beside a bleed, a breath caught for a second.
                "her nose is bleeding a lot and the thermometer says 98.6 | bleeding",
                "he's breathing really fast and he caught his breath for a second | breathing",
                // Probe 38 (blind): a seizure long ago, and another one now.
                "the last time he had a seizure was two years ago but he just had another one right now | seizure",
                // Probes 39 and 40 (blind): "should I worry that" a sign now; Celsius; words that don't go together.
                "should i worry that i can barely wake him up he's usually up by now | unresponsive",
                "my girlfriend she's 22 and she can't touch her chin to her chest and she's at 39 celsius | fever",
                "she keeps saying words that don't go together like blue spoon dog | confusion",
                // Probes 41 and 42 (blind): speech-to-text as a tired voice comes out.
                "my daughter just pass doubt in the bathroom she's awake now but she's so pale | unresponsive",
                "okay so my son has a fee ver thirty nine and a half and the nurse said his counts are real low | fever",
                // Seventeenth session, probes 43 and 44 (blind): the liver signs the inotuzumab answer says to call
                // about; the caregiver told, not the one confused; a pronoun said again after the patient.
                "he's on the ino to zoo mab his belly's huge and his eyes are yellow | liver",
                "she keeps asking me the same question over and over | confusion",
                "his aunt she fainted and my son she fainted too | unresponsive",
                // Review: a pronoun after company is the patient again.
                "playing with her brother she fell and won't wake up | unresponsive",
                "he coughed up blood like a lot of it | bleeding",
                // A fever's own end ends no nosebleed said before it.
                "her nose is bleeding a lot and it says 98 | bleeding",
                // Probes 45 and 46 (blind): a teenager speaking for themselves; a throat closing after asparaginase;
                // names forgotten three weeks after CAR T.
                "i'm 16 and my lips and fingers just went blue | breathing",
                "as para gin ace shot an hour ago and now he's got bumps all over and says his throat feels tight | breathing",
                "my husband got his car t cells 3 weeks ago and today he doesn't know our kids' names | confusion",
                "it's day 5 after his car t cells and he keeps trying to say words but they come out wrong | confusion",
                "on blinna to mo mab she said ceiling moving can't find word for cup | confusion",
                // Probes 47 and 48 (blind): legs that will not move; a head injury with vomiting.
                "last week the numbness was just in his toes from the vincristine but tonight he can't move his legs at all | confusion",
                "he slipped and hit his head and now he keeps throwing up | severe_pain",
                // Probe 49 (blind): long stories; an end of a bleed ends no fever said with it.
                "she just asked me what year it is and who i am and i've been married to her for 22 years | confusion",
                "he has had diarrhea all day and now it's mostly blood and he gets dizzy | bleeding",
                "she has a fever of 103 and her nose bleed stopped yesterday | fever",
                // Probe 50 (blind): a harmless cause told after a sign explains no choking; a faint with sweat; lost
                // words of a patient speaking for herself.
                "her lips are blue and she can't breathe she had a popsicle earlier | breathing",
                "she isn't bleeding anywhere that i can see but she's pale and sweaty and she just passed out on the couch | unresponsive",
                "i'm the one with the leukemia i'm doing blincyto at home and for the last hour i keep losing my words | confusion",
                // Probes 51 and 52 (blind): where a sound is heard from is no cause of it; "cant" without its
                // apostrophe;
                // eyes that look through the caregiver; lost words after CAR T.
                "i can hear a gurgling wet sound from her room every breath she takes | breathing",
                "cant wake him up | unresponsive",
                "she opens her eyes but she just looks right through me and then goes back under | unresponsive",
                "he tried writing his name and it was all scribbles and he couldn't come up with the word for cup | confusion",
                "she keeps asking what day it is over and over and doesn't know her own bedroom | confusion",
                // Probes 53 and 54 (blind): dizziness a CRS answer says to call about; a patient on the pump; a shot of
                // asparaginase; pain through to the back; a liver that swells.
                "blinna two mo mab pump at home she so dizzy keep falling over when she stand | unresponsive",
                "hey it's me the patient i'm three days past my second aucatzyl dose and i nearly blacked out | unresponsive",
                "pay g aspara gin ace shot hour ago now his lips puffing up and he wheezy | breathing",
                "since this afternoon she's curled up holding her tummy saying it goes right through to her back | severe_pain",
                "bee sponsa last week he put on like 6 pounds since tuesday and right side his belly hurt real bad | liver",
                "he keeps trying to tell me something but the words won't come out he called his cup a shoe | confusion",
                // Probe 55 (blind): short and broken.
                "peg ass par gaze shot throat closing | breathing",
                "keeps nodding off mid sentence after the car t sells | unresponsive",
                "coughing up red stuff | bleeding",
                // Probes 43, 45 and 53 (blind): a pressure reading the CRS answer calls low; the room that tilts on the
                // pump (the clinical review: feeling faint or dizzy during blinatumomab is a reason to call now).
                "she's on the pump and the home blood pressure cuff says like 70 over 40 | unresponsive",
                "i'm the one on the pump and every time i stand up the room kinda tilts | unresponsive",
                // Probes 56 and 57 (blind): at night, by sound; told by a grandson or a son unsure of the words.
                "there's this gurgly rattly sound coming out of her chest with every breath | breathing",
                "she's pooping black sticky stuff and she's really pale and weak | bleeding",
                "both sides her nose blood going down her throat she keeps spitting it out | bleeding",
                "my wife got her t cells two weeks ago and she's freezing one minute and sweating the next | fever",
                "my grandson keeps getting up and toppling over he's all wobbly like he's drunk | confusion",
                "she woke me up screaming that her head is exploding and she's thrown up three times | severe_pain",
                // Probes 58 and 59 (blind): told second-hand; seen on things in the house; a cause denied.
                "my wife says he's talking about bugs crawling on the walls and he doesn't even know who she is | confusion",
                "she's on the dah sat in nib pills and she just coughed up bright red blood | bleeding",
                "the toilet bowl is all red after he peed and his platelets were really low this week | bleeding",
                "her nose is still dripping even after twenty minutes of pinching | bleeding",
                "her lips are blue and it's not from the popsicle | breathing",
                // What happens every time, said in the present: English signs are read as written.
                "she faints every time she stands up | unresponsive",
                "he stops breathing for a few seconds and then gasps | breathing",
                "he keeps coughing and then he coughs up bright red blood | bleeding",
                "he loses consciousness when he sits up | unresponsive",
                "now when i ask his name he says the wrong one and giggles | confusion",
                // Probe 62 (blind): "just" now, whatever time the treatment is dated by.
                "my husband just fainted in the kitchen he had car t two weeks ago | unresponsive",
                "i can't get her to really wake up she opens her eyes and then they just roll back | unresponsive",
                // Probe 61 (blind): what happens every time; "gone so quiet" is no sign that is over.
                "please help his lips are blue and he's gone so quiet | unresponsive",
                "every time he stands up he grabs his head and pukes it's been going on for hours | severe_pain",
                // Probe 60 (blind): signs with a position or a movement.
                "whenever he sits up in bed he says the room spins and he slumps right back down | unresponsive",
                "my husband has to sit down halfway up the stairs because he can't get any air | breathing",
                "i'm sixteen and on the blincyto pump and i got up to pee and everything went black and i woke up on the"
                        + " bathroom floor | unresponsive",
                // A pet before names no one after it when the patient is named or is the object between.
                "he was playing with the dog and now he's bleeding from his nose | bleeding",
                "my dog jumped on her and she's bleeding and it won't stop | bleeding",
                "my dog is sick and my son has a fever of 102 | fever",
            })
    void an_emergency_is_read_from_the_whole_sentence(String said, String sign) {
        assertThat(UNDERSTANDER.emergencyIn(null, said)).contains(sign);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource({
        "i'm so confused about the MRD results",
        "all this has me so confused",
        "i can't breathe when i think about the relapse",
        "i fainted when they told us the news",
        "what does a fever mean during treatment",
        "if she gets a fever what do we do",
        "what is a bleeding risk with low platelets",
        "is it normal for him to have a fever after car t",
        "what blood count is too low",
        "she didn't explain why a fever is such a big deal",
        // Probe round 14 (blind): the caregiver's own sign said beside the patient, a sign that ended, a laugh.
        "i have a fever of 101 am i contagious to him",
        "my son's nosebleed this morning stopped after ten minutes and he's playing video games now",
        "my younger son got a nosebleed at soccer and it finally stopped",
        "my son said he nearly passed out laughing at that movie",
        "if she gets a fever tonight should we go to the er",
        // The patient named after the sign as another person, to be kept from it.
        "my brother's burning up with the flu should he stay away from dad while dad's on chemo",
        "my granddaughter has a little fever but it's my grandson who has the leukemia should i keep them apart",
        // Round 21 (blind): a sibling's behaviour at bedtime.
        "her little brother keeps acting out at school and screaming at bedtime",
        // Round 20 (blind): what a reaction is called; a piece taken out of a testicle; "even a small fever?".
        "that reaction where the fever goes super high after the car t cells what is that called",
        "his testicle got big and hard and now the doctors want to take a little piece out of it",
        "even small fever",
        // Probe 23 (blind): the patient's other child; anger; a nosebleed back in March.
        "my other kid has a fever of a hundred and one he's the healthy one not the one with leukemia",
        // Probe 38 (blind): warm to the touch, and the thermometer says otherwise.
        "she felt hot but the thermometer says ninety eight point six",
        // Probe 39 (blind): a reading under a fever; a caregiver's own cold; a laugh.
        "my temp is 37 point 2 celsius is that a fever",
        "i'm burning up with this cold myself should i wear a mask around him",
        "my teenage son was laughing so hard at a video he couldn't breathe",
        // Probe 42 (blind): a reading under a fever, said twice.
        "checked her temp twice um ninety nine point one both times no chills she's playing legos",
        "my other two kids have fevers does that matter for their brother",
        "i'm burning up with anger at how unfair this is",
        "back in march he had a really bad nosebleed that wouldn't stop but he's doing fine now",
        // Probe 24 (blind): "out of it" as persuading; a harmless cause, then it slowed; the husband's chills when the
        // daughter is the patient; a nosebleed packed, stopped and seen by the doctor, said in the past.
        "my husband says he's done and wants to stop all treatment should i try to talk him out of it",
        "he was breathing fast after running in the yard but it slowed right down",
        "my husband has a bad headache and chills and i think it's the flu should he stay away from our daughter while"
                + " she's on treatment",
        "he had a nosebleed at clinic this morning and they packed it and it stopped the doctor saw it and said he's fine",
        // Probe 25 and round 33 (blind): fear of what was read; a side effect by its name; a doll, a video game, a
        // popsicle, a sports team; the caregiver faint at the port.
        "i'm terrified of the car t side effects i can't stop googling the brain stuff and the fevers",
        "is that the same as the confusion one",
        "her doll fell in the bath and she's crying that dolly can't breathe and needs a doctor how do i play along",
        "he's been playing that video game where the guy keeps bleeding out and passing out is it ok for him to play"
                + " violent games during chemo",
        "last time his lips turned blue it was from a blue popsicle is it ok to give him popsicles with mouth sores",
        "the bears are bleeding points this season but seriously can our son eat pizza after chemo",
        "i feel faint every time they access his port how do i keep from passing out in front of him",
        // Probe 26 (blind): hot weather.
        "it's burning up outside today can she go in the pool with her port",
        // Probe 27 (blind): a zombie game; a nosebleed the nurse stopped; a fever gone the next day and checked.
        "he's playing a zombie game and keeps yelling i can't breathe they're everywhere",
        // Probes 58 and 59 (blind): a leaflet read aloud; a normal temperature checked again; a sedation slept off.
        "the blinatumomab papers say something about seizures and confusion what are they talking about",
        "the pamphlet they gave us lists fainting blue lips and hard breathing as reasons to call 911 is that for the car"
                + " t or the blina pump",
        "i checked her temperature three times tonight and it's 98 point 2 every single time",
        "my other son the one who doesn't have leukemia has a fever of 101 and a runny nose",
        "my dog cut his paw on the fence and he's bleeding all over the kitchen floor",
        "she walked all the way around the block today without getting out of breath first time since the transplant",
        "which signs mean i should call right away while he's on treatment like fever or passing out",
        "our dog threw up something that looks like coffee grounds my daughter's fine she's asleep upstairs",
        "so i took her temp like three times and it's ninety eight point six every single time",
        "i think i'm coming down with a fever myself i'm all achy and my throat hurts",
        "he had a fever last week but they gave him antibiotics and he's been home fine for three days",
        // Review: present forms everyday sentences say too; a swollen belly alone (steroids swell it).
        "my daughter gushes about her nurses every time we go to clinic",
        "her belly is so swollen and sore tonight",
        "thermometer says 100 point 4 but that's me not her i think i caught a cold she's totally normal",
        "her pee is orange red after the dow no rue bison they said it would do that for a day or 2",
        "he used to pass out at the sight of a needle when he was little and now he just looks away",
        "he was out cold for an hour after the sedation for his spinal tap but then he woke up and ate a whole sandwich",
        "she had a nosebleed at clinic today and the nurse stopped it and gave platelets can she take a bath tonight",
        "she had a fever on monday but it was gone by tuesday and the team already checked her",
        // Probes 51 and 52 (blind): a cause after "from" still asks; someone else's faint at the sight of needles; a
        // gasp that was the cat.
        "is a fever from the blinatumomab normal",
        "my mom gets faint every time she sees his needles is that a problem for him",
        "the gasping noise at night turned out to be the cat with a hair ball",
        "i fainted at his first spinal tap so now my wife goes in with him",
        "i'm the dad and i just about collapsed from exhaustion after three nights in the ward with her",
        "my husband nearly fainted watching our daughter's spinal tap today he's fine now",
        "this medicine tastes like tar",
        // Review: everyday words beside a sign's.
        "her drawing was all scribbles",
        "the rain is not letting up and she has a runny nose",
        "we went through a whole box of tissues crying",
        "i put on 10 pounds since the diagnosis",
    })
    void a_feeling_a_question_about_a_sign_or_a_medical_word_is_not_an_emergency(String said) {
        assertThat(UNDERSTANDER.emergencyIn(null, said)).isEmpty();
    }

    /** What a frightened caregiver, or a young adult patient, says at the bedside: they hear the emergency answer. */
    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(
            strings = {
                "he's really really hot",
                "the thermometer says 101",
                "her forehead is so hot",
                "he's flushed and hot",
                "she went limp in my arms",
                "he's out cold",
                "i can't keep him awake",
                "he's breathing really weird",
                "her breathing sounds weird",
                "her lips look kind of blue",
                "her lips are bluish",
                "she's turning purple",
                "he can't get enough air",
                "his breathing is shallow",
                "his eyes rolled back",
                "he's shaking really bad and his eyes are weird",
                "she went stiff as a board",
                "her gums keep bleeding",
                "it soaked through the gauze",
                "there's blood everywhere",
                "his poop is black",
                "his pee is red",
                "he's covered in bruises",
                "she doesn't know where she is",
                "he's talking nonsense",
                "she doesn't recognize me",
                "he's acting really strange",
                "he's not acting like himself",
                "she's doubled over",
                "he's got a splitting headache",
                "her stomach hurts so bad she can't move",
                "his head is pounding and he threw up",
                "i'm the patient and i'm having trouble catching my breath right now",
                "i'm the patient and i have a terrible headache and i'm vomiting",
                "my leukemia came back and i can't get my words out",
                "had a seizure two years ago and now he's seizing again",
                "okay so he's on the blina pump and he's really warm and shaky what do i do",
                "he slumped over at the table and won't answer",
                "he sounds like he's drowning when he breathes",
                "she's having what looks like a seizure",
                "he threw up and it was all blood",
                "his speech sounds drunk",
                "he's moaning in pain",
                "his head is killing him and he keeps throwing up",
                "she has a bunch of new bruises since yesterday",
                "his left arm and leg went weak all of a sudden",
                "she seein double she say there's two of me",
                "my little girl don't know who i am",
                // "for", "an", "eye" and "keep" are words of conditional phrases ("check for", "keep an eye on"),
                // not conditionals on their own.
                "he's been on chemo for a month and is burning up",
                "thanks for asking, she's burning up",
                "her eye is bleeding",
                "her arms keep jerking and her eyes are rolling back",
                // A long time ago elsewhere in the sentence does not make a sign said in the present history.
                "she was diagnosed two years ago and has a fever of 103",
                "she relapsed last year and is bleeding from her gums",
                // A negation that is part of the sign, or another sign beside a denied one.
                "she can't stop shaking",
                "she's not breathing",
                "he's not waking up",
                "she's not bleeding much but he's not answering when i call his name",
                "her nose hasn't stopped bleeding for an hour",
                "he doesn't have a fever but he's very confused",
                "she's not able to breathe",
                "no one can wake him up",
                "his left side went weak",
                "my boy is pooping black stuff and there's blood in it too",
                "if you can hear me, she's confused or her speech is slurred",
                "it didn't hurt at first but now he's screaming in pain",
                "she's got bruises popping up all over her legs all of a sudden today",
                "we started chemo last month and she's burning up",
                // About to faint, said by a young adult who says they just had CAR T.
                "i just got car t and i feel like i'm going to pass out and my heart is racing",
                // Shaking chills, a swollen painful testicle, blood in the toilet, a headache with vomiting.
                "is it normal that she's shaking so hard her teeth are chattering under three blankets",
                "his testicle is swollen and really painful since this afternoon",
                "he just went to the bathroom and there's a lot of blood in the toilet from his bottom",
                "his head hurts so bad he's crying and he's thrown up three times since lunch",
                // The patient named with someone of theirs, or the speaker's own brother or sister, who may be the
                // patient.
                "she and her brother both have fevers",
                "my sister is burning up on chemo",
                // The tenth probe: adult patients, a speaker who is the patient, and signs said in other words.
                "my husband is on the blincyto bag and for the last hour he's been mumbling words that don't make any"
                        + " sense",
                "i can't hardly wake my wife up she just groans and goes back out",
                "my testicle's been swollen and really hurting since this morning and it's getting worse",
                "dad keeps asking what year it is and where he is and he's never been confused like this before",
                "i had the spinal tap yesterday and i was a little dizzy but now i have the worst headache of my life and i"
                        + " keep throwing up",
                "i'm on day four after car t and my words are getting jumbled i can't even write my own name",
                "should i worry that grandpa's breathing like forty times a minute and he looks kinda gray",
                "he had a nosebleed last month that stopped quick but the one right now has been going for thirty minutes",
                "blood keeps pouring from her nose",
                "my son just past out at the table",
                "he says his chest really hurts and he's all sweaty",
                "he had a seizure two years ago when he was first diagnosed and it's happening again right now",
                "is it normal for her to throw up blood after chemo because she just did",
                // Said of oneself, this headache is an emergency whoever says it.
                "i'm nineteen and i have the worst headache of my life and i keep throwing up",
                // Probe 15 (blind): a "when" of a time gone supposes nothing, and the thermometer is no one's own;
                // 38 point 9 is a temperature, not an age; blood in the pee now.
                "so i picked jacob up from school and when we got home the thermometer said 38 point 6 and he's on the"
                        + " blincyto bag",
                "my daughter is 38 point 9 celsius and we're 10 days post car t",
                "there was a little pink in his pee this morning i guess but now it's bright red with clots in it",
                "she had a fever last night and the doctor said it was the blina but now she's at 103 again",
                // Probe 16 (blind): the patient speaking; the speaker as the object of a preposition is not who has
                // the sign; "should I worry if" of a state now asks whether.
                "i don't know if this is a big deal but my belly hurts so bad i can't stand up straight i'm on"
                        + " pegaspargase",
                "my dad's the patient he's sixty two and on blincyto and he just looked right at me and asked who i am",
                "should i worry if my son's temp is a hundred point eight he's on chemo and he's shaking",
                // Probe 17 (blind): signs without their usual words; a child's age said as who it is.
                "i can't get him up from his nap he just groans and goes right back under no matter how much i shake"
                        + " him",
                "my one year old is floppy and won't wake for her bottle",
                "my baby is grunting and turning red",
                "i keep wiping blood off her gums with gauze and it just keeps coming back for like half an hour",
                "he keeps answering me with random words that don't go with what i asked and that's not like him",
                "we watched a movie last night and now she can't breathe right",
                // Probe 18 (blind).
                "my daughter is having a sees your right now on the couch",
                "grandma here watching ethan and he doesn't seem to know who i am he keeps calling me a stranger",
                "her temperature was 99 point 1 an hour ago and now it's 102",
                // Probe 19 (blind): a swollen purple testicle, mushy speech, eyes that will not open.
                "my son's testicle is swollen and purple and he can't walk",
                "she woke up and her talking sounds mushy",
                "the sitter says she can't get him to open his eyes",
                // "And" with no subject of its own keeps the patient of the clause before.
                "my daughter got out of the bath and fainted",
                // Probe 20 (blind): "should I worry that" asks of what it tells; garbled speech; what day it is.
                "should i worry that her headache started an hour ago and she has thrown up twice",
                "his speech sounds garbled since lunch",
                "a week after car t and now she's confused about what day it is",
                // Probe 21 (blind): the patient before a long relative clause; fever and Blincyto as mistyped; blood
                // in a diaper.
                "my daughter who just finished her second week of blincyto started talking gibberish",
                "she has a feaver of a hunnerd and one",
                "there's blood in his diaper again",
                // Probe 22 (blind): a nosebleed that has gone on is not gone; a bump on the head, then vomiting.
                "his nosebleed has gone on for half an hour is that a problem",
                "he hit his head on the door and now he's throwing up",
                // The four emergencies round 31 and probe 23 missed on arrival (only those rows were read): a young
                // adult on treatment speaking of their own pain; a child hard to wake.
                "i'm twenty two and on treatment and my belly hurts so bad i can't stand up",
                "he keeps nodding off and i can barely get him to wake up",
                // "Other" that says no other child: "and one other thing, my son…".
                "one other thing my son is burning up with a fever of a hundred and three",
                "my son and my other kid both have fevers of a hundred and two",
                // Probe 24 (blind): "won't really wake up"; a reading above the line the nurse gave. Over, then a
                // sign after it; a fever during treatment is called about even once a doctor has seen it.
                "my son won't really wake up he just mumbles and falls back asleep",
                "the nurse said 100 point 4 is the line and she's at 100 point 9 right now does that count",
                "she had a nosebleed this morning and it stopped but now she is bleeding from her gums",
                "she had a fever of a hundred and two this morning and the doctor saw her and said she's fine",
                // Probe 25 (blind): a word heard without its last letter; eyes barely opened; chills "like this" said
                // after an "if"; a rag doll is a figure for floppy, not a toy.
                "she's burnin up",
                "my brother and i both take care of mom she relapsed in march and right now she's so drowsy we can"
                        + " barely get her to open her eyes",
                "if he's got chills and is shaking under the blankets like this is that normal on blinatumomab",
                "for the last hour she's been floppy like a rag doll and won't hold her head up",
                // Probe 26 (blind): nonsense words on day six after CAR T.
                "my son's talking but it's nonsense words and he's day six after his car t infusion",
                // Probe 27 (blind): the patient no longer knows her mother.
                "my daughter just looked right at me and asked who i was",
                // Asked about as past, not said to have ended: still happening, or called about even once over.
                "she just had a seizure was that from the chemo",
                "she had a nosebleed that won't stop and the doctor saw her last week",
                // Probes 28 and 29 (blind): seeing bugs that are not there; a nosebleed still soaking towels after an
                // old one; a swollen sore testicle; a child too groggy to open her eyes.
                "he keeps saying the room is full of bugs and there's nothing there he had car t two weeks ago",
                "last month he had a nosebleed that stopped on its own but this one is still going through towel after"
                        + " towel",
                "his left testicle is swollen and really sore",
                "i just went to wake her and she's so groggy i can barely get her eyes open is that the meds",
                // Probes 30 and 31 (blind): a patient alone at home with words coming out wrong; lips this blue.
                "i'm the patient and i'm home by myself day four after car t and my words keep coming out wrong",
                "i'm wondering if his lips should be this blue he's been coughing all day",
                // Probe 33 (blind): black sticky stool with pallor.
                "black sticky poop today and he's super pale and dizzy",
                // Review: whoever else is named after a sign ("visit him", "visit my daughter", "stay away from her"),
                // the one with the sign may be the patient; only the patient said as someone else makes it another's.
                "my son has a fever of 102 can his grandma still visit him",
                "my daughter has a fever of 101 can grandma still visit my daughter",
                "he is burning up should his brother stay away from him",
                // A harmless cause said after a sign hides a sign said after it too: none for a faint at a blood draw
                // or a nosebleed put down to dry air.
                "he fainted when they drew his blood and hasn't woken up",
                "her nose has been bleeding for an hour and won't stop is it from the dry air",
                // Probe 69 (blind): a reading said digit by digit with a zero; eyes gone only yellowish; the patient's
                // own scrape that will not stop.
                "i took his temperature with the ear thing and it keeps saying one zero one point four",
                "he's on besponsa and his stomach got all swollen and his eyes went yellowish",
                "she scraped her knee on the driveway and it's bleeding and won't stop",
                "my son fell off his bike and it is bleeding",
                // Probe 70 (blind): patients telling their own signs ("on treatment for my relapse" asks for no
                // treatment; "on the pump" says who the patient is); a sign that started weeks ago goes on.
                "i'm sixteen and on treatment for my relapse and my leg hurts so bad i can't even stand up",
                "i'm on the blinna pump thing and i got a fever of a hundred and two and my heart's racing",
                "after the bee sponsa my husband's belly blew up and it hurts and his skin's going yellow",
                "i'm the patient i'm thirty four and i'm on the blincyto pump and the words just came out wrong",
                "two weeks ago he started getting fevers",
                // ... while a reading with chromosomes said later still is.
                "she has 39 and her chromosomes test is tomorrow",
                "she's about to pass out",
                // Probe 72 (blind): pain told by how it looks.
                "just now he said his tummy hurts worse than anything ever and he's screaming",
                // Probe 73 (blind): the vomiting told before the headache, and a patient "on the" blincyto bag.
                "she's been throwing up all afternoon and now her head is pounding like it's gonna explode",
                "i'm thirty four and i relapsed last spring and i'm on the blincyto bag and i've been getting really"
                        + " confused",
                // Probe 74 (blind): "is it bad if" asks whether a reading said now is worth the worry.
                "is it bad if her temp is one oh one point five she's on the blina pump from the hospital",
                // Probe 77 (blind): "boy's hot" loses its "is"; yellow "in her eyes".
                "my boy's hot as heck and he's on chemo and his counts are low what do i do",
                "after the in a tuzu thing she's yellow in her eyes and her belly's puffy and sore",
                // Probe 78 (blind): a low oxygen reading; a faint while watching a screen is no story on it.
                "my daughter's pulse ox keeps dropping to 85 percent now that she's asleep",
                "her o2 is eighty eight",
                "my son fainted on the couch watching a movie",
                "she was watching tv and suddenly she can't breathe",
                // Probe 79 (blind): the patient's words that won't come; "all mixed up"; yellow said of both; chest
                // pain with breath hardly drawn.
                "i keep forgetting words and i can't get my sentences out right i'm on treatment for my leukemia",
                "he had the car tea cells last week and tonight he's all mixed up and his hands are shaking",
                "i had the bess ponza a little while back and now my eyes and skin are yellow and my stomach is huge",
                "i have really bad pain in my chest and i can hardly breathe",
                // Probe 80 (blind): lips "lookin kinda" blue; words that come out wrong; bitten by the family's dog.
                "my kid's lips are lookin kinda blue is that bad",
                "tonight she was trying to tell me something and the words came out all wrong like mixed up",
                "my son's dog bit him and he's bleeding a lot",
                // Probe 81 (blind): a nurse's word for a faint; breathing like drowning; minding the baby is no
                // watching
                // for a sign.
                "he just had a syncopal episode in the kitchen and hit his head he's on day nine after the kim rya",
                "alexa turn off the lights actually no his breathing sounds like he's drowning it's all rattly",
                "can you message my sister that i'm taking jake in tonight so she can watch the baby he's hot to the"
                        + " touch",
                // Probe 82: a tantrum explains screaming, never another sign.
                "she had a tantrum and now she won't wake up",
                "he's screaming in pain his belly hurts so bad it's not a tantrum",
            })
    void a_sign_said_as_it_happens_is_answered_as_an_emergency(String said) {
        assertThat(UNDERSTANDER.understand(null, said, Optional.empty())).isInstanceOf(Understanding.Emergency.class);
    }

    /** A caregiver's worry, a medical word, the past, a question in general or a figure of speech: no false alarm. */
    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(
            strings = {
                "i'm so confused about the mrd",
                "i can't breathe with all this stress",
                "fever after car t, is that normal",
                "if she gets a fever what do i do",
                "he had a seizure two years ago",
                "had a seizure years ago, does that matter for car t",
                "my heart is bleeding",
                "it hurts so bad to see him like this",
                "she's a hot mess today",
                "he's so hot tempered on steroids",
                "he can't stand his doctor",
                "she's been staring at her phone all day",
                "the bleeding edge of car t research",
                "will car t make her confused",
                "why is her poop black on iron",
                "that phone call knocked me out cold",
                "my phone is acting weird",
                "i relapsed and i'm so confused by all this",
                "i'm the patient and i'm confused about my mrd results",
                "what does labored breathing look like",
                "our house is really hot",
                "my neck is stiff from sleeping in the hospital chair",
                "the clinic is not responsive to my calls",
                "my words came out all wrong when i talked to the doctor",
                "i feel like i'm drowning in paperwork",
                "she had a nosebleed last week that stopped on its own, does that mean anything",
                "she has no fever and no bleeding, when will her counts come back up",
                "my blood is boiling about the insurance",
                "my granddaughter had a seizure last year during a bad fever and now i keep wondering if it was a sign",
                "he had a nosebleed two weeks ago that took ages to stop, he's fine now but is bleeding a sign of relapse",
                "can blinna two mo mab make kids confused",
                "normal temperature for kids",
                "how do i take her temperature if she has mouth sores",
                "we're bleeding money on hospital parking",
                "i about had a seizure when they said transplant, what is a haploidentical donor",
                "he had a nosebleed at school on monday and the nurse got it stopped, he's been fine since then",
                "she's not confused or drowsy, she's just bored out of her mind in the hospital",
                "he hasn't had a fever since friday",
                "she doesn't have a fever, when can she go back to school",
                "his fever broke last night and his temperature is normal this morning",
                "she's not bleeding and her temperature is ninety eight point six",
                "he passed out once last month at the clinic, they gave him fluids and he's been fine ever since",
                "my dad had seizures back in the seventies, he's fine now, does that run in families",
                // Weeks gone by the sign, said in the past: history, though nothing says it is over.
                "she had a fever last month when her counts were low, why is a fever such a big deal then",
                "i'm so scared he'll get a fever and i won't notice",
                "i'm going to pass out if they give me one more form",
                "my chest hurts when i think about the relapse",
                "she had a fever last weekend but it's been normal for four days now",
                // "And" after a sign said in the past lists what was had, up to its time.
                "she had a fever and some bruises last month, could that have been the relapse starting",
                // "One side" alone is no stroke; "didn't hurt" denies pain.
                "my son noticed one side was bigger down there and it didn't hurt, what is a testicular relapse",
                "he went limp with relief when the scan came back clear",
                // A sign listed after a conditional one is conditional too.
                "what should i do if she gets confused or her speech is slurred after blina",
                "yesterday morning his lips looked a little gray from the cold but they warmed up and he's pink now",
                // Someone of the patient's; a normal reading; a fever over and home since.
                "his sister has a low fever and a cough, should we keep them apart",
                "her little brother has a fever",
                "his temp was ninety eight point six just now, totally normal",
                "he was burning up on tuesday and they admitted him for antibiotics but he's home now and hasn't had a"
                        + " fever in three days",
                "my brother had car t a few months back and ended up in the icu with high fevers, what was that",
                "my sister can't remember the name, it's blinna something",
                "can testicular relapse be painful",
                "can you explain the fever protocol for car t patients",
                "how high does a temperature have to be to count as a fever for someone on chemo",
                "we already took her to the er last night for the fever and they admitted her, she's upstairs on the"
                        + " oncology floor now, what will they do",
                "i checked twice and his temp's normal so can he go to his cousin's party saturday",
                // A pet's sign is never the patient's, the caregiver's own room is hot, and "himself now" says over.
                "the dog had a seizure last night",
                "my dog is having a seizure",
                "the cat is breathing weird",
                "i'm burning up in this hospital room",
                "he was confused after anesthesia yesterday but he's totally himself now",
                "my husband basically passed out on the couch after his double shift",
                "is ninety nine point one a fever",
                "this insurance company is giving me a headache that just won't quit",
                "can car t mess with your brain like getting confused or not finding words",
                // Words of this session's signs, said of nothing wrong.
                "she's constipated and her poop is hard as a rock",
                "they took a lot of blood for tests today",
                "the transfusion has been going for thirty minutes",
                "the nurse was mumbling and i couldn't understand",
                "he goes back out to play after lunch",
                // Probe 15 (blind): signs named as what to watch for, seen to by the doctor, of someone else, or a
                // thermometer to buy.
                "the car t nurse said confusion and trouble talking are signs of icans so what should i watch for",
                "she had a fever last week and the doctor said it was the blina is that common",
                "my mom is staying with us and her nose keeps bleeding because of her blood thinner is that a risk for"
                        + " my son",
                "the thermometer broke last night and i need to buy a new one which kind does the clinic recommend",
                // Probe 16 (blind): what a relative clause says of a sign gone is gone too; a seizure in a movie; a
                // worry about what may happen; the speaker's own "has me" stays a feeling.
                "last month she had a nosebleed that wouldn't stop but it's been fine since then do we need to mention"
                        + " it at clinic",
                "we watched a movie where a kid has a seizure and now my daughter is scared she'll have one",
                "should i worry if she gets a fever tonight",
                "dealing with the insurance people has me burning up",
                // Probe 17 (blind): a dream, a screen, a game, a harmless cause right after the sign, a reading under
                // the line.
                "he had a dream last night that he couldn't wake up and couldn't breathe and now he's scared to go to"
                        + " sleep",
                "the guy on grey's anatomy had blue lips and passed out is that something i should watch for",
                "her lips are totally blue from the blue raspberry popsicle she just had",
                "we're home on day eight after car t cells and his temperature has stayed under a hundred all week",
                "my mom passed out from the heat at the park but she's fine now can she still babysit my son during"
                        + " chemo week",
                // Probe 18 (blind).
                "they're passing out flyers for a relapse support group is it worth going",
                "she was burning up the dance floor at her birthday party is it ok for her to be that active",
                "i can't breathe until we get the bone marrow results back how long does that usually take",
                "her temperature was ninety nine point one after her bath is that a fever",
                "my baby is grunting and turning red but it's just because she's pooping right",
                // Probe 19 (blind): the caregiver's own near faint after "and"; a TV show; a normal temperature.
                "i felt dizzy in the checkout line at the store and nearly passed out, is that stress",
                "we saw a kid with blue lips on a tv show and now she's scared it will happen to her",
                "took his temperature three times 98 point 4 every time",
                // Probe 20 (blind): a seizure and a fever at diagnosis or at the last relapse, fine since.
                "back at diagnosis she had a seizure and they said it was from the fever, she's been fine since",
                "last time she relapsed she was burning up with a fever of 103 but this time she's been totally normal",
                "i'm confused about the results of her bone marrow",
                // Probe 21 (blind).
                "my wife has a fever of 101, should she stay away from our son who is in relapse",
                "this hospital food is going to give me a seizure",
                "we're burning up our savings on gas driving to clinic",
                "he was shivering after his bath but he warmed up fine",
                // Probe 22 (blind): signs listed as examples; the last stay in hospital; a threshold asked about.
                "what are the signs of it coming back in the spine like headaches or confusion",
                "last time she was in the hospital she had a seizure from a drug, can that happen again",
                "do we call at 100 point 4 or 101",
                // Probes 28 and 29 (blind): a fever seen at the ER and gone; a spike with the nurse in the room; a
                // denied sign; fever free for days; a husband's chills, kept away from the patient.
                "last night she was a hundred and one so we went to the er they sent us home and today her temp is"
                        + " normal",
                "we're inpatient and he spiked thirty eight point five a little while ago and the nurse is in the room"
                        + " with him right now",
                "she isn't breathing fast or anything she's just got a little dry cough",
                "he was burning up last week but he's been fever free four days",
                // Probes 30 and 31 (blind): a sign word in another sense; a classmate's seizure; what a sign would mean
                // while all is well; a faint at the blood draw; a visitor's fever.
                "she had a fit of laughter watching cartoons this morning",
                "the excitement was at fever pitch at her birthday party",
                "she passed out the party favors to everyone on the unit",
                "a girl in her class had a seizure at school today and my daughter saw it she's fine",
                "what would it mean if his lips turned blue he's fine right now i just want to be ready",
                // Probes 32 and 33 (blind): a husband's fever kept from the son on chemo; a grandmother out of breath
                // on
                // the stairs; a fever days ago, admitted, treated and gone; fainting at the port; checking for fever.
                "my husband has a fever of 101 should he stay away from our son who's getting chemo",
                "he had a fever of a hundred and two last tuesday and they admitted him and he's been totally fine since",
                "can you explain what cytokine release syndrome is and why they keep checking her for fever",
                // Probe 34 (blind): a nosebleed the oncologist put down to dry air; a fever the ER already checked; a
                // husband who does not have cancer kept from the son.
                "the er already checked his fever last night and gave him antibiotics and sent us home",
                // Seventeenth session (blind): someone of the patient's, said again as "she"; a fever said gone;
                // shaking from fear; the confusion side effect named in a question.
                "so my sister his aunt she fainted when they drew her blood but she's fine now can an aunt be a donor",
                "fever's been gone since tuesday",
                "so scared the m r d came back positive can't stop shaking",
                "is that the same as the nerve one that makes them confused",
                // An end of the fever only: a normal reading after a warm forehead; a not-sign is no sign said later.
                "she felt hot but the thermometer says 98",
                // Probe 45 (blind): a teenager's confusion two months ago, back to normal now.
                "i'm 17 the car tee made me real confused 2 months ago back to normal now can it come back",
                // Round 50 (blind): a patient too drowsy at the appointment to follow, asking how CAR T works.
                "i'm 19 and my oncologist brought up car t and i just nodded because i was so out of it from the meds",
                // A game told before a sign, and its words after it, still make it play.
                "he's playing a zombie game and keeps yelling i can't breathe they're everywhere",
                "the dog cut his paw on some glass and was bleeding all over the porch but he's bandaged up now",
                // Review: dusk is no colour of the lips.
                "it's getting dusky outside and i'm tired",
                // Probe 48 (blind): pink urine a week ago, clear since; the donor fainted.
                "a week ago her pee was pink right after chemo and it's been clear ever since",
                "his donor fainted when they drew her blood she's fine now",
                // Probes 68 and 69 (blind): the caregiver's exhaustion, a normal temperature taken as told, a question
                // whether a drug gives a fever, a fever over and the patient home, another child's scrape.
                "honestly i'm running on fumes and about ready to pass out how do i take care of myself",
                "i've been checking her temp every four hours and it's been ninety eight something all day",
                "can chemo give her a fever",
                "she had a fever last week and spent two nights in the hospital and she's home and totally fine now",
                "my other kid scraped his knee on the driveway and it's bleeding a little can he still hug his sister",
                "my other son fell off his bike and it is bleeding",
                // Probe 70 (blind): what a treatment makes people feel, asked; signs over and said to be gone.
                "does the car tea therapy make you shake and get confused and when does that usually start",
                "i'm the patient and i had a fever over the weekend they admitted me and i feel good now",
                "my grandson was so confused and shaky after his car t last month but it's all gone now",
                "her eyes were a little yellow last week after the inotuzumab and it cleared up on its own",
                // Round 76 (blind): a count of chromosomes is no temperature.
                "she has 39 chromosomes in the leukemia cells",
                // Probe 71 (blind): "about to" is the caregiver's own, read past the "about".
                "i'm so burned out i'm about to pass out myself",
                // Probe 72 (blind): a fever gone, that the team named.
                "she had a fever last week from the car t and they called it crs what exactly is that",
                "curled up in a ball on the couch watching tv",
                // Probes 73 and 74 (blind): a baby sibling's fever, kept from the brother who just got CAR T; a
                // question
                // about what temperature is normal; "is it bad if" still supposes of a sign to come.
                "the baby's got a runny nose and a little fever should i keep her away from her big brother who just got"
                        + " car t",
                "normal temp for kids",
                "is it bad if she gets a fever",
                // Probe 76 and round 82 (blind): spicy wings, the caregiver hot outside, a side effect described, a
                // word heard from the nurse.
                "my wife ate some crazy hot wings at the game and now her mouth's on fire and she's sweating like crazy",
                "man i'm burning up out here mowing the lawn alexa what's the temperature outside",
                "they said after the car t we have to watch for the nerve thing something where he gets confused or his"
                        + " writing gets all messy can you explain it",
                "so the nurse said something about febrile neutropenia and fevers and low counts what does that mean",
                // Probe 78 (blind): the sign the story's, after a screen watched; a stare a screen explains; a low
                // reading taken again; the weather in degrees.
                "she was watching a movie where a girl can't breathe",
                "we were watching a hospital show and a kid on it had blue lips and now my daughter is scared",
                "my toddler was staring into space watching cocomelon and didn't answer me until i paused it then she"
                        + " was totally fine",
                "the oximeter said eighty nine but his hands were freezing so i warmed them up and rechecked three"
                        + " times and it's ninety seven",
                "it's 101 degrees outside can she go to the pool",
                // Probe 79 (blind): a feeling said as a pain in the chest, or words that won't come.
                "i'm his grandpa and the worry is a pain in my chest that never goes away",
                "i can't find the words to tell my daughter",
                "i'm all mixed up about the schedule",
                // Probe 80 (blind): the patient's pet; lips said not to be blue.
                "my daughter's cat cut his paw and he's bleeding everywhere",
                "my son's dog is having a seizure",
                "her lips aren't blue",
                // Probe 82 (blind): a tantrum explains the screaming.
                "she just threw the biggest tantrum screaming and kicking on the floor because i said no more ipad",
            })
    void a_worry_a_medical_word_the_past_or_a_figure_of_speech_is_no_emergency(String said) {
        assertThat(UNDERSTANDER.understand(null, said, Optional.empty()))
                .isNotInstanceOf(Understanding.Emergency.class);
    }

    @Test
    void a_follow_up_is_read_against_the_topic_being_discussed_and_its_related_topics() {
        Understanding alone = UNDERSTANDER.understand(null, "how long does it take", Optional.empty());
        Understanding inConversation = UNDERSTANDER.understand(null, "how long does it take", Optional.of("car_t"));

        assertThat(alone).isNotInstanceOf(Understanding.Answer.class);
        assertThat(inConversation).isInstanceOfAny(Understanding.Answer.class, Understanding.Clarify.class);
    }

    @Test
    void a_question_that_names_another_topic_escapes_the_conversation() {
        Understanding understood = UNDERSTANDER.understand(null, "what is blinatumomab", Optional.of("car_t"));

        // Answered, or asked about ("Did you mean Blinatumomab?"): never the conversation's topic or one beside it.
        assertThat(topicOf(understood)).isEqualTo("blinatumomab");
    }

    @Test
    void a_drug_named_is_what_is_asked_about_even_beside_words_that_fit_another_topic_better() {
        // "new medicine" is how clinical trials are asked about; "side effects" alone names no topic.
        Understanding scared =
                UNDERSTANDER.understand(null, "i'm scared of this new medicine blinatumomab what will it do", none());
        Understanding effects = UNDERSTANDER.understand(null, "what are the side effects of inotuzumab", none());

        assertThat(scared).isInstanceOfAny(Understanding.Answer.class, Understanding.Clarify.class);
        assertThat(topicOf(scared)).isEqualTo("blinatumomab");
        assertThat(answered(effects)).isIn("vod", "inotuzumab");
    }

    @Test
    void a_parent_who_asks_whether_the_relapse_is_their_fault_hears_why_leukemia_comes_back() {
        // Not advice: the answer says it is not their fault, where "ask your care team" would leave them with it.
        assertThat(answered(UNDERSTANDER.understand(null, "is it my fault that my son relapsed", none())))
                .isEqualTo("why_relapse");
    }

    @Test
    void a_question_that_says_every_word_of_a_topics_title_is_answered_with_it_rather_than_asked_about() {
        // "Outlook for children": "odds" is the outlook, "children" the children; before, "did you mean" it.
        assertThat(answered(
                        UNDERSTANDER.understand(null, "what are the odds for children when leukemia relapses", none())))
                .isEqualTo("outlook_children");
        assertThat(answered(UNDERSTANDER.understand(
                        null, "how do kids do after a relapse, what are their chances", none())))
                .isEqualTo("outlook_children");
    }

    @Test
    void a_follow_up_is_said_of_the_topic_just_heard() {
        // As Alexa sends them: the intent its opening chose, and the rest in the slot.
        // "It" is blinatumomab: whether blinatumomab gets rid of it.
        assertThat(answered(UNDERSTANDER.understand(
                        "QuestionIntent", "does it actually get rid of it", Optional.of("blinatumomab"))))
                .isEqualTo("blinatumomab_results");
        // "That" is lymphodepletion, not the leukapheresis before it, whose questions ask how long it takes.
        assertThat(topicOf(
                        UNDERSTANDER.understand("HowQuestionIntent", "long is that", Optional.of("lymphodepletion"))))
                .isEqualTo("lymphodepletion");
        // After a transplant: what goes wrong after a transplant.
        assertThat(topicOf(UNDERSTANDER.understand(
                        "WhatQuestionIntent", "can go wrong afterwards", Optional.of("stem_cell_transplant"))))
                .isEqualTo("gvhd");
        // "That" is the gene change just heard, though no word of the question is one of its own.
        assertThat(topicOf(UNDERSTANDER.understand("IsQuestionIntent", "that the bad one", Optional.of("kmt2a"))))
                .isEqualTo("kmt2a");
        // Another one asked for: the title names the one not asked about. Kymriah names both products for adults as
        // related, so the two are close: "did you mean Tecartus?", and "no" offers Aucatzyl.
        assertThat(topicOf(UNDERSTANDER.understand("IsQuestionIntent", "there one for adults", Optional.of("kymriah"))))
                .isIn("tecartus", "aucatzyl");
        // Another one asked for: the one just heard is no nearer for its own title.
        assertThat(answered(UNDERSTANDER.understand("QuestionIntent", "the brain one", Optional.of("crs"))))
                .isEqualTo("icans");
    }

    @Test
    void the_whole_thing_after_car_t_is_car_t_not_the_step_whose_questions_ask_how_long() {
        // Round 17 (blind): "how long" named leukapheresis and ICANS; the whole of it is what was just heard.
        assertThat(answered(UNDERSTANDER.understand(
                        "HowQuestionIntent", "long does the whole thing take start to finish", Optional.of("car_t"))))
                .isEqualTo("car_t");
    }

    @Test
    void the_biggest_risk_after_a_transplant_is_one_of_its_side_effects() {
        // Round 17 (blind): "risk" named the risk groups, a topic of another kind than what was asked.
        assertThat(topicOf(UNDERSTANDER.understand(
                        "QuestionIntent",
                        "and what's the biggest risk after that",
                        Optional.of("stem_cell_transplant"))))
                .isIn("gvhd", "vod", "infections_low_counts");
    }

    @Test
    void how_soon_it_came_back_after_the_outlook_asks_the_outlook_by_timing() {
        assertThat(topicOf(UNDERSTANDER.understand(
                        "WhatQuestionIntent",
                        "if it came back really fast like not even a year after he started",
                        Optional.of("outlook_children"))))
                .isEqualTo("outlook_by_timing");
    }

    @Test
    void what_comes_next_in_a_conversation_is_the_topic_the_content_names_as_next() {
        assertThat(answered(UNDERSTANDER.understand(null, "and what comes next", Optional.of("chemotherapy"))))
                .isEqualTo("consolidation");
        assertThat(answered(UNDERSTANDER.understand(null, "ok and then what", Optional.of("lymphodepletion"))))
                .isEqualTo("car_t");
    }

    private static Optional<String> none() {
        return Optional.empty();
    }

    private static String topicOf(Understanding understood) {
        return understood instanceof Understanding.Clarify clarify
                ? clarify.proposed().id()
                : ((Understanding.Answer) understood).topic().id();
    }

    private static String answered(Understanding understood) {
        assertThat(understood).isInstanceOf(Understanding.Answer.class);
        return ((Understanding.Answer) understood).topic().id();
    }

    @Test
    void how_a_treatment_works_is_its_own_topic_and_how_well_it_works_its_results() {
        assertThat(answered(UNDERSTANDER.understand(null, "i need to understand how car t works", Optional.empty())))
                .isEqualTo("car_t");
        assertThat(answered(UNDERSTANDER.understand(null, "how does it work", Optional.of("car_t"))))
                .isEqualTo("car_t");
        assertThat(answered(UNDERSTANDER.understand(null, "how does that work", Optional.of("blinatumomab"))))
                .isEqualTo("blinatumomab");
        assertThat(answered(UNDERSTANDER.understand(null, "does it work", Optional.of("car_t"))))
                .isEqualTo("car_t_results");
    }

    @Test
    void a_follow_up_that_points_back_is_said_of_the_topic_just_heard_unless_it_asks_for_another() {
        Understanding pointed = UNDERSTANDER.understand(null, "what is that gene called now", Optional.of("kmt2a"));
        Understanding another =
                UNDERSTANDER.understand(null, "is there a pill for that", Optional.of("philadelphia_chromosome"));

        assertThat(topicOf(pointed)).isEqualTo("kmt2a");
        assertThat(answered(another)).isEqualTo("tki");
    }

    @Test
    void a_child_who_cannot_keep_anything_down_is_never_turned_away_as_not_yet() {
        Understanding understood =
                UNDERSTANDER.understand(null, "he can't keep anything down since last night", Optional.empty());
        Understanding notYet =
                UNDERSTANDER.understand(null, "what helps with throwing up from chemo", Optional.empty());

        assertThat(answered(understood)).isEqualTo("emergency_signs");
        assertThat(notYet).isInstanceOf(Understanding.Decline.class);
    }

    @Test
    void hearing_about_something_is_not_a_question_about_hearing() {
        Understanding heard = UNDERSTANDER.understand(null, "i keep hearing about m r d what is it", Optional.empty());
        Understanding sense = UNDERSTANDER.understand(null, "can chemo affect his hearing", Optional.empty());

        assertThat(heard).isNotInstanceOf(Understanding.Decline.class);
        assertThat(sense)
                .isInstanceOfSatisfying(
                        Understanding.Decline.class,
                        decline -> assertThat(decline.reason()).isEqualTo(Understanding.Reason.NOT_YET));
    }

    @ParameterizedTest
    @CsvSource({
        "CaregiverStatementIntent, scared",
        "CaregiverStatementIntent, can't sleep since she relapsed",
        "QuestionIntent, the waiting is killing me and i can't cope",
    })
    void a_caregiver_saying_how_they_feel_with_no_topic_named_hears_about_caring_for_themselves(
            String intent, String said) {
        Understanding understood = UNDERSTANDER.understand(intent, said, Optional.empty());

        assertThat(understood).isInstanceOf(Understanding.Answer.class);
        assertThat(((Understanding.Answer) understood).topic().id()).isEqualTo("self_care");
    }

    @Test
    void just_that_means_merely_does_not_make_a_question_about_fever_an_emergency() {
        Understanding general = UNDERSTANDER.understand(
                "WhatQuestionIntent", "kind of fever after car t is just the normal reaction", Optional.empty());
        Understanding now = UNDERSTANDER.understand(null, "he just passed out at the table", Optional.empty());

        assertThat(general).isNotInstanceOf(Understanding.Emergency.class);
        assertThat(now).isInstanceOf(Understanding.Emergency.class);
    }

    @Test
    void a_question_about_when_to_call_is_never_declined() {
        Understanding unnamed =
                UNDERSTANDER.understand(null, "what signs mean i need to call his doctor", Optional.empty());
        Understanding shouldI =
                UNDERSTANDER.understand(null, "should i call the clinic about her rash", Optional.empty());

        assertThat(unnamed).isInstanceOf(Understanding.Answer.class);
        assertThat(((Understanding.Answer) unnamed).topic().id()).isEqualTo("emergency_signs");
        assertThat(shouldI).isNotInstanceOf(Understanding.Decline.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "what should we do if she gets a fever",
                "what should i do if my child gets a fever during treatment",
                "if he gets a nosebleed",
                // Probe 33 (review): whether to worry about a sign that may come asks when to call, not for advice.
                "should i worry if she gets a fever",
                "should i be worried if he has a nosebleed",
            })
    void what_to_do_about_a_sign_not_happening_now_is_the_emergencies_topic_never_advice(String words) {
        Understanding understood = UNDERSTANDER.understand("QuestionIntent", words, Optional.empty());

        assertThat(understood).isInstanceOf(Understanding.Answer.class);
        assertThat(((Understanding.Answer) understood).topic().id()).isEqualTo("emergency_signs");
    }

    @Test
    void a_caregivers_own_confusion_with_what_do_i_do_is_not_a_question_about_a_sign() {
        Understanding understood =
                UNDERSTANDER.understand("CaregiverStatementIntent", "am so confused what do i do", Optional.empty());

        assertThat(understood.explanation().rule())
                .doesNotStartWith("what to do about a sign")
                .isNotEqualTo("when to call");
    }

    @Test
    void a_follow_up_that_asks_what_if_there_is_none_is_answered_by_the_related_topic() {
        // After the transplant, "what if there's no match" asks for the other donor, not the transplant again.
        assertThat(answered(
                        UNDERSTANDER.understand(null, "what if there's no match", Optional.of("stem_cell_transplant"))))
                .isEqualTo("haploidentical");
    }

    @Test
    void a_young_adult_asking_about_someone_their_age_is_asking_about_age() {
        Understanding understood =
                UNDERSTANDER.understand(null, "i relapsed what are the odds for someone my age", Optional.empty());

        assertThat(understood.explanation().words()).contains("age");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource({
        "i'm his grandfather and i feel useless i can't fix this",
        "i relapsed and i feel like i'm letting everyone down",
    })
    void a_grandparent_or_a_young_adult_patient_saying_how_they_feel_is_answered_as_a_feeling(String said) {
        Understanding understood = UNDERSTANDER.understand(null, said, Optional.empty());

        assertThat(understood.explanation().rule()).startsWith("feelings:");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource({
        "my heart is bleeding for him",
        "my stomach is in knots waiting for the bone marrow results",
        "my heart is pounding just thinking about her scan results tomorrow",
    })
    void a_feeling_said_in_the_caregivers_own_words_is_theirs_though_no_i_is_said(String said) {
        Understanding understood = UNDERSTANDER.understand(null, said, Optional.empty());

        assertThat(understood.explanation().rule()).startsWith("feelings:");
        assertThat(answered(understood)).isEqualTo("self_care");
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "should my older son be the donor for his brother | ADVICE",
                // Round 34 (blind): what the skill would do in the caregiver's place.
                "would you stop the blincyto if she was your kid the pump is making her miserable | ADVICE",
                "she threw up her six m p tonight, do i give her another one | ADVICE",
                "what are the symptoms of strep throat | UNRELATED",
                "how much prednisone should he be taking | ADVICE",
                "can you find me a good oncologist near me | CARE_CHOICE",
                "they offered a trial but grandma wants standard chemo should we join the trial | ADVICE",
                "he missed his pill last night should i just give him two today | ADVICE",
                "should my husband join the clinical trial or just stick with the standard treatment | ADVICE",
                "where's the closest children's hospital that does car t | CARE_CHOICE",
                "be honest with me is my son going to survive this | ADVICE",
                "he keeps throwing up can i just give him half his six m p tonight | ADVICE",
                "which children's hospital is the best for leukemia | CARE_CHOICE",
                "they gave me the choice between a trial and blincyto and i just want someone to tell me which one i"
                        + " should do | ADVICE",
                "his leukemia is back so should my husband just stop the dasatinib and switch to something else | ADVICE",
                "my neighbor's boy was just diagnosed with sickle cell, what is sickle cell anemia | UNRELATED",
                "can we unhook the pump for a few hours saturday for his birthday party | ADVICE",
                // Round 79 (blind): high school is school, though "high" is a word of a topic.
                "can my daughter go back to high school while she's on blinatumomab | NOT_YET",
                // Rounds 37 to 39 (blind): a place to stay and disability are practical questions; supplements and
                // fertility are not covered yet.
                "is there a ronald mcdonald house near the hospital | MONEY",
                "does tumeric or c b d oil help fight leukemia | NOT_YET",
                "how do i apply for disability for my husband | MONEY",
                "will all this treatment make me infertile | NOT_YET",
            })
    void whose_choice_which_doctor_and_what_is_not_covered_are_declined(String said, String reason) {
        Understanding understood = UNDERSTANDER.understand(null, said, Optional.empty());

        assertThat(understood).isInstanceOf(Understanding.Decline.class);
        assertThat(((Understanding.Decline) understood).reason().name()).isEqualTo(reason);
    }

    @Test
    void a_question_that_only_points_back_at_the_story_is_asked_of_the_words_it_points_at() {
        // "Why would she need that": "that" is the transplant just before it, not last spring's chemo.
        Understanding understood = UNDERSTANDER.understand(
                "CaregiverStatementIntent",
                "finished chemo last spring and now the team says she needs a stem cell transplant why would she need"
                        + " that",
                none());

        assertThat(understood).isInstanceOf(Understanding.Answer.class);
        assertThat(answered(understood)).isEqualTo("stem_cell_transplant");
    }

    @Test
    void after_kymriah_a_question_for_an_adult_asks_for_the_car_t_made_for_adults() {
        // Three blind rounds asked this: Kymriah is for patients up to 25, and the conversation's own topic is not the
        // one asked for.
        assertThat(topicOf(
                        UNDERSTANDER.understand(null, "what about for my husband, he's forty", Optional.of("kymriah"))))
                .isIn("tecartus", "aucatzyl");
        assertThat(topicOf(UNDERSTANDER.understand(null, "and for adults over twenty five", Optional.of("kymriah"))))
                .isIn("tecartus", "aucatzyl");
        // Round 27 (blind): the adult named first, the age after.
        assertThat(topicOf(UNDERSTANDER.understand(null, "my wife she's thirty eight", Optional.of("kymriah"))))
                .isIn("tecartus", "aucatzyl");
    }

    @Test
    void a_parent_who_offers_their_own_marrow_asks_about_a_half_matched_donor() {
        // Round 27 (blind): "can I give her mine" is the parent as donor.
        assertThat(topicOf(UNDERSTANDER.understand(
                        null,
                        "if her sister isn't a match could i give her mine",
                        Optional.of("stem_cell_transplant"))))
                .isEqualTo("haploidentical");
    }

    @Test
    void after_a_story_what_a_word_means_is_answered_with_the_topic_the_word_names() {
        // The story's words ("clinic", "marrow") had led to where relapse happens; the question asks what relapse is.
        assertThat(answered(UNDERSTANDER.understand(
                        null,
                        "the clinic just called and said the leukemia is back in jaden's marrow what does relapsed"
                                + " actually mean",
                        none())))
                .isEqualTo("relapsed_b_all");
    }

    @Test
    void what_a_word_means_is_answered_with_the_topic_the_word_names_wherever_the_word_is_said() {
        // Inside the frame, before it ("they're saying relapse, so what does that mean"), after "it ... when".
        assertThat(answered(
                        UNDERSTANDER.understand(null, "what does it mean when they say the leukemia relapsed", none())))
                .isEqualTo("relapsed_b_all");
        assertThat(answered(UNDERSTANDER.understand(
                        null,
                        "okay so we were in remission for like two years and now the counts look off again and they're"
                                + " saying relapse so what does that actually mean for her",
                        none())))
                .isEqualTo("relapsed_b_all");
        assertThat(answered(UNDERSTANDER.understand(
                        null,
                        "they just told me it's back in her marrow and i don't understand what relapsed means",
                        none())))
                .isEqualTo("relapsed_b_all");
        // A child's name no topic has is no part of the word asked about; an article is none either.
        assertThat(answered(UNDERSTANDER.understand(
                        null,
                        "the doctor just told us jayden's leukemia relapsed what does that actually mean",
                        none())))
                .isEqualTo("relapsed_b_all");
        assertThat(answered(UNDERSTANDER.understand(
                        null, "the nurse said she has five percent blast what's a blast", none())))
                .isEqualTo("blast");
        // "Words like X": X is what is asked about, whatever else the story names.
        assertThat(answered(UNDERSTANDER.understand(
                        null,
                        "we have the big care conference on monday and they kept using words like consolidation and"
                                + " maintenance what's the difference",
                        none())))
                .isEqualTo("consolidation");
        // The topic that says what refractory is keeps it, though "refractory leukemia" names another topic too.
        assertThat(topicOf(UNDERSTANDER.understand(null, "what does it mean that his leukemia is refractory", none())))
                .isEqualTo("relapsed_vs_refractory");
    }

    @Test
    void a_feeling_said_with_only_the_news_that_brought_it_is_a_feeling() {
        assertThat(answered(UNDERSTANDER.understand(
                        null, "i feel like i can't breathe since they told us it came back", none())))
                .isEqualTo("self_care");
        assertThat(answered(UNDERSTANDER.understand(null, "i'm so scared it came back", none())))
                .isEqualTo("self_care");
        // A question is still answered: the feeling is not all that was said.
        assertThat(answered(UNDERSTANDER.understand(null, "i'm so scared it came back, why does it come back", none())))
                .isEqualTo("why_relapse");
    }

    @Test
    void a_caregiver_with_no_one_to_talk_to_hears_who_they_can_talk_to_whatever_the_worry_is_about() {
        assertThat(answered(UNDERSTANDER.understand(
                        null,
                        "i'm thirty and i'm the one with leukemia and i'm terrified about the car t and my family lives in"
                                + " another state and i don't have anyone to talk to about it",
                        none())))
                .isEqualTo("support_lines");
        // Talking to someone about the treatment is no such need.
        assertThat(answered(UNDERSTANDER.understand(null, "how do i talk to my son about car t", none())))
                .isNotEqualTo("support_lines");
        // Round 83 (blind): whom to call for one's own feelings, "who" left out by Alexa's carrier.
        assertThat(answered(UNDERSTANDER.understand(
                        "QuestionIntent", "can i call when i'm feeling overwhelmed at night", none())))
                .isEqualTo("support_lines");
    }

    @Test
    void a_parent_offering_their_marrow_asks_about_the_donor_not_for_advice_on_giving_a_medicine() {
        // Round 83 (blind): "can i give" is advice about a medicine, not about giving one's marrow.
        assertThat(answered(UNDERSTANDER.understand(
                        "QuestionIntent",
                        "um what's a haplo donor like can i give my son marrow if i'm only half a match",
                        none())))
                .isEqualTo("haploidentical");
    }

    @Test
    void a_follow_up_that_says_only_words_of_another_topics_example_question_stays_in_the_conversation() {
        // "How long does it last" is an example question of maintenance; "how" and "long" ask, they name nothing.
        assertThat(answered(UNDERSTANDER.understand(
                        "HowQuestionIntent", "long does each cycle last", Optional.of("blinatumomab"))))
                .isEqualTo("blinatumomab");
        assertThat(answered(UNDERSTANDER.understand(
                        "QuestionIntent",
                        "and what about grown ups my husband is the one who's sick",
                        Optional.of("outlook_children"))))
                .isEqualTo("outlook_adults");
    }

    @Test
    void a_word_asked_the_meaning_of_in_a_follow_up_is_its_own_topic_not_the_one_just_heard_that_uses_it() {
        // Round 31 (blind): after missed maintenance doses, whose title says "maintenance", the phase itself is asked.
        assertThat(answered(UNDERSTANDER.understand(
                        "QuestionIntent", "wait what's maintenance", Optional.of("missed_doses"))))
                .isEqualTo("maintenance");
        // "What are my odds" asks no meaning: "my" is not part of a name.
        assertThat(topicOf(UNDERSTANDER.understand(
                        "CaregiverStatementIntent",
                        "twenty three and it came back after two years what are my odds",
                        none())))
                .isEqualTo("outlook_adults");
    }

    @Test
    void how_good_or_bad_asked_in_a_conversation_is_asked_of_what_was_just_heard() {
        // Round 32 (blind): "bad" is a word of blasts' names; here it judges the MRD number just given.
        assertThat(topicOf(UNDERSTANDER.understand(
                        "IfQuestionIntent", "hers was one in a thousand is that bad", Optional.of("mrd"))))
                .isEqualTo("mrd");
        // Without a conversation the words are kept: "are blasts bad" asks about blasts.
        assertThat(topicOf(UNDERSTANDER.understand(null, "are blasts bad", none())))
                .isEqualTo("blast");
    }

    @ParameterizedTest(name = "\"{0}\" after the immune therapies -> {1}")
    @CsvSource({
        // Round 33 (blind): the answer lists blinatumomab, inotuzumab and CAR T cells, in that order.
        "tell me more about the second one, inotuzumab",
        "the first one you said, blinatumomab",
        "and the last one, car_t",
    })
    void a_place_in_the_list_just_heard_is_the_drug_at_that_place(String said, String topic) {
        assertThat(answered(UNDERSTANDER.understand("QuestionIntent", said, Optional.of("immunotherapy"))))
                .isEqualTo(topic);
    }

    @Test
    void refractory_as_often_said_and_blood_work_as_a_test() {
        // Round 33 (blind).
        assertThat(topicOf(UNDERSTANDER.understand(
                        "WhatQuestionIntent",
                        "the difference between relapsed and refactory they keep saying it like it's one word",
                        none())))
                .isEqualTo("relapsed_vs_refractory");
        assertThat(topicOf(UNDERSTANDER.understand(
                        "WhatQuestionIntent",
                        "tests do they do to check if it's back or is it just the regular blood work",
                        none())))
                .isEqualTo("tests_for_relapse");
        // Work is no topic yet: the skill says so rather than answer a drug's results.
        assertThat(UNDERSTANDER.understand(
                        "CanQuestionIntent",
                        "my husband keep working during the blinatumomab he drives a truck for a living",
                        none()))
                .isInstanceOf(Understanding.Decline.class);
    }

    @Test
    void a_pet_word_inside_a_drug_name_heard_in_pieces_is_the_name() {
        assertThat(answered(UNDERSTANDER.understand(
                        "WhatQuestionIntent", "is otto cat zil my husband's doctor brought it up", none())))
                .isEqualTo("aucatzyl");
        assertThat(UNDERSTANDER.understand(null, "can my daughter keep her cat during treatment", none()))
                .isInstanceOf(Understanding.Decline.class);
    }

    @Test
    void remission_not_reached_is_incomplete_remission_though_not_is_a_stop_word() {
        assertThat(answered(UNDERSTANDER.understand(
                        "QuestionIntent", "and what if she doesn't get back into remission", Optional.of("remission"))))
                .isEqualTo("incomplete_remission");
        assertThat(answered(UNDERSTANDER.understand(
                        "QuestionIntent", "the chemo didn't get him into remission so what now", none())))
                .isEqualTo("incomplete_remission");
        assertThat(answered(UNDERSTANDER.understand(null, "what is remission", none())))
                .isEqualTo("remission");
    }

    @Test
    void the_age_a_child_fell_ill_asks_about_age() {
        assertThat(topicOf(UNDERSTANDER.understand(
                        "IsQuestionIntent",
                        "he more likely to relapse cause he was thirteen when he got sick",
                        none())))
                .isEqualTo("age_risk");
        assertThat(answered(UNDERSTANDER.understand(
                        "DoQuestionIntent",
                        "being a teenager make it more likely to come back she was diagnosed at 13",
                        none())))
                .isEqualTo("age_risk");
    }

    @Test
    void the_other_one_after_a_side_effect_is_the_other_side_effect() {
        assertThat(topicOf(UNDERSTANDER.understand(
                        "QuestionIntent", "and the other one the brain one", Optional.of("crs"))))
                .isEqualTo("icans");
        // "Not in the marrow": "not" is a stop word, so this read as the marrow.
        assertThat(topicOf(UNDERSTANDER.understand(
                        "WhatQuestionIntent", "do they call it when it's not in the marrow", none())))
                .isEqualTo("extramedullary");
    }

    @Test
    void a_gene_named_before_what_is_that_is_what_is_asked() {
        // Not the chromosome-changes topic that "genetics report" fits: "that" is iAMP21.
        assertThat(answered(UNDERSTANDER.understand(
                        "QuestionIntent", "genetics report says i amp 21 what is that", none())))
                .isEqualTo("rare_gene_changes");
    }

    @Test
    void how_long_a_treatment_lasts_is_not_how_long_a_child_has() {
        assertThat(answered(UNDERSTANDER.understand(
                        "QuestionIntent", "and how long does he have to wear the pump", Optional.of("blinatumomab"))))
                .isEqualTo("blinatumomab");
        assertThat(UNDERSTANDER.understand("HowQuestionIntent", "long does he have to live", none()))
                .isInstanceOf(Understanding.Decline.class);
    }

    @Test
    void a_pets_sign_is_no_question_about_the_patients_signs() {
        // Not the emergencies topic ("Call your care team now") either: pets are a question without a topic yet.
        assertThat(UNDERSTANDER.understand(null, "my dog is having a seizure", none()))
                .isInstanceOf(Understanding.Decline.class);
    }

    @Test
    void an_if_after_i_want_to_know_asks_whether_a_sign_happening_now_is_from_the_treatment() {
        // QuestionIntent's openings ("I want to know", "tell me") stay in the model; the emergency reading puts "know"
        // back, so this "if" asks whether and is no condition.
        assertThat(UNDERSTANDER.understand(
                        "QuestionIntent",
                        "if her fever of a hundred and two right now is from the blinatumomab",
                        none()))
                .isInstanceOf(Understanding.Emergency.class);
        assertThat(UNDERSTANDER.understand("QuestionIntent", "if she gets a fever what do i do", none()))
                .isNotInstanceOf(Understanding.Emergency.class);
    }

    @Test
    void a_why_asked_inside_a_how_is_one_question_not_a_story_and_then_a_question() {
        // Before, "why she has to go back in the hospital" was weighed as the question and reached emergencies.
        assertThat(answered(UNDERSTANDER.understand(
                        null, "how do i explain to her little brother why she has to go back in the hospital", none())))
                .isEqualTo("siblings");
    }

    @Test
    void what_a_word_named_plainly_means_is_answered_but_a_prognosis_is_still_the_care_teams() {
        assertThat(answered(UNDERSTANDER.understand(
                        null, "they offered palliative care does that mean he's going to die", none())))
                .isEqualTo("palliative_care");
        assertThat(UNDERSTANDER.understand(null, "she relapsed does that mean she's going to die", none()))
                .isInstanceOfSatisfying(
                        Understanding.Decline.class,
                        decline -> assertThat(decline.reason()).isEqualTo(Understanding.Reason.ADVICE));
    }

    @Test
    void a_brother_or_sister_asking_if_the_patient_will_die_is_a_question_about_siblings_not_for_a_prognosis() {
        Understanding understood = UNDERSTANDER.understand(
                null, "her little brother keeps crying and asking if she's going to die how do i help him", none());

        assertThat(answered(understood)).isEqualTo("siblings");
    }

    @Test
    void a_feeling_is_what_answers_when_nothing_else_does() {
        Understanding understood = UNDERSTANDER.understand("CaregiverStatementIntent", "scared", Optional.empty());

        assertThat(understood.explanation().rule()).isEqualTo("feelings: scared");
    }

    @Test
    void a_feeling_beside_a_topic_named_or_about_the_child_is_answered_as_usual() {
        Understanding named =
                UNDERSTANDER.understand("CaregiverStatementIntent", "so scared of blinatumomab", Optional.empty());
        Understanding aboutTheChild = UNDERSTANDER.understand("ChildStatementIntent", "is scared", Optional.empty());

        assertThat(named)
                .isInstanceOfSatisfying(
                        Understanding.Answer.class,
                        answer -> assertThat(answer.topic().id()).isEqualTo("blinatumomab"));
        assertThat(aboutTheChild).isInstanceOf(Understanding.Decline.class);
    }

    @Test
    void a_feeling_with_only_an_ordinary_word_of_a_topics_name_is_answered_as_a_feeling() {
        // "lose" is a word of the markers topic's name "lose the marker", and nothing more of it is said.
        Understanding understood = UNDERSTANDER.understand(
                "CaregiverStatementIntent", "so scared i'm going to lose her", Optional.empty());

        assertThat(understood.explanation().rule()).isEqualTo("feelings: scared");
    }

    @Test
    void a_feeling_that_leads_to_the_feelings_topic_is_not_asked_about_a_topic_a_passing_word_names() {
        // Round 37 (blind): "two" is a word of NT5C2's spoken name; the caregiver is falling apart.
        Understanding understood = UNDERSTANDER.understand(
                "CaregiverStatementIntent",
                "haven't slept in like three days and i'm trying to keep it together for her and for my other two kids"
                        + " at home and honestly i feel like i'm falling apart i don't know how to do this anymore",
                Optional.empty());

        assertThat(answered(understood)).isEqualTo("self_care");
    }

    @Test
    void a_brother_or_sister_acting_out_at_school_is_the_siblings_topic_and_going_back_to_school_is_not_yet() {
        // Rounds 39 and 40 (blind): "school" alone no longer turns away a question about a sibling.
        Understanding sibling = UNDERSTANDER.understand(
                "QuestionIntent",
                "about his sister she's seven and she's acting out at school",
                Optional.of("self_care"));
        Understanding back = UNDERSTANDER.understand(null, "when can she go back to school", Optional.empty());

        assertThat(answered(sibling)).isEqualTo("siblings");
        assertThat(back).isInstanceOf(Understanding.Decline.class);
        assertThat(((Understanding.Decline) back).reason()).isEqualTo(Understanding.Reason.NOT_YET);
    }

    @ParameterizedTest(name = "{0} \"{1}\" declined as advice")
    @CsvSource(
            delimiter = '|',
            value = {
                // Round 77 (blind): the pump named between the verb and "pump".
                "CanQuestionIntent | we unhook the blincyto pump for a day so she can go to her cousin's wedding",
                "CanQuestionIntent | we unhook the pump for his birthday",
                // Round 79 (blind): a patient asking their own prognosis.
                "QuestionIntent | with the icky f one deletion am i going to survive this",
                // Round 82 (blind): how many pills, with the subject before "should".
                "HowManyQuestionIntent | of the chemo pills he should take",
            })
    void taking_the_pump_off_or_asking_ones_own_prognosis_is_advice(String intent, String said) {
        assertThat(UNDERSTANDER.understand(intent, said, Optional.empty()))
                .isInstanceOfSatisfying(
                        Understanding.Decline.class,
                        decline -> assertThat(decline.reason()).isEqualTo(Understanding.Reason.ADVICE));
    }

    @Test
    void skipping_the_next_test_said_as_a_wish_is_advice() {
        // Round 37 (blind): "if we could just skip", not "could we just skip".
        Understanding understood = UNDERSTANDER.understand(
                "PatientStatementIntent",
                "hates the spinal taps so much she screams the whole time and i'm wondering if we could just skip the"
                        + " next one",
                Optional.empty());

        assertThat(understood).isInstanceOf(Understanding.Decline.class);
        assertThat(((Understanding.Decline) understood).reason()).isEqualTo(Understanding.Reason.ADVICE);
    }

    @ParameterizedTest(name = "\"{0}\" declined as a choice of care")
    @ValueSource(
            strings = {
                "what's the best children's hospital in texas",
                "which hospital is best for a transplant",
                "where do i park at the hospital",
            })
    void choosing_or_finding_a_hospital_is_declined(String said) {
        Understanding understood = UNDERSTANDER.understand("QuestionIntent", said, Optional.empty());

        assertThat(understood)
                .isInstanceOfSatisfying(
                        Understanding.Decline.class,
                        decline -> assertThat(decline.reason()).isEqualTo(Understanding.Reason.CARE_CHOICE));
    }

    @Test
    void the_hospitals_car_park_in_the_story_before_a_question_is_not_what_is_asked() {
        Understanding understood = UNDERSTANDER.understand(
                "QuestionIntent",
                "i'm sitting in the parking lot of the clinic and they told me it's back, what does relapsed mean",
                Optional.empty());

        assertThat(understood).isNotInstanceOf(Understanding.Decline.class);
    }

    @Test
    void a_question_whose_own_words_after_a_story_are_one_of_a_topics_names_reaches_it() {
        // "relapsed leukemia" is one of the topic's names, but both words are in nearly every topic: only that they
        // are all the question asks, after the story, says which topic it is.
        Understanding understood = UNDERSTANDER.understand(
                "CaregiverStatementIntent",
                "his grandpa and nobody's explained it to me plain what is this relapsed leukemia he's got",
                Optional.empty());

        // Reached, answered or offered first ("did you mean"): the score sits by the answer line as the content grows.
        assertThat(understood.explanation().candidates().get(0).topicId()).isEqualTo("relapsed_b_all");
        assertThat(understood).isNotInstanceOf(Understanding.Decline.class);
    }

    @Test
    void a_young_adult_who_says_their_age_asks_about_adults() {
        Understanding understood = UNDERSTANDER.understand(
                "CaregiverStatementIntent",
                "twenty three and it came back after two years what are my odds",
                Optional.empty());

        assertThat(understood.explanation().words()).contains("adult");
    }

    @Test
    void the_record_keeps_only_the_contents_words_and_common_english_never_a_name_or_a_number() {
        String kept = UNDERSTANDER.forTheRecord("Can Jaxon Smith-Ortiz go back to Lincoln school on March 14th?");

        assertThat(kept).doesNotContain("jaxon").doesNotContain("ortiz").doesNotContain("14");
        assertThat(kept).contains("go back to").contains("school");
        assertThat(kept).contains("_");
    }

    /** A sign at a time already gone, asked about as past, is history; a sign now beside that time is not. */
    @ParameterizedTest(name = "\"{0}\" emergency: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "she had a nosebleed last week that took forever to stop is that a sign of relapse | false",
                "last night he had a bad headache but it's gone now could the leukemia be in his brain | false",
                "the seizure she had in the hospital in june was it from the blina | false",
                "after she had kymriah last winter she had a high fever was that crs | false",
                "last night she spiked a fever of a hundred and three | true",
                "she had car t last month and has a fever was that the car t | true",
                "last week she got car t she has a fever is that why | true",
                "she's had a fever since last week was that from the chemo | true",
                "he is bleeding from his nose he had chemo last week was that the cause | true",
            })
    void a_sign_at_a_time_already_gone_is_history_only_when_said_as_past_and_asked_about_as_past(
            String said, boolean emergency) {
        assertThat(UNDERSTANDER.understand(null, said, Optional.empty()) instanceof Understanding.Emergency)
                .isEqualTo(emergency);
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "what questions should i ask the oncologist | questions_to_ask",
                "we meet the team tomorrow what questions should i bring | questions_to_ask",
                "honestly i'm so confused by all these tests and numbers | self_care",
                "i'm just so tired of being the strong one | self_care",
            })
    void should_after_a_question_word_asks_one_question_and_a_feeling_said_of_oneself_is_answered_as_one(
            String said, String topic) {
        assertThat(answered(UNDERSTANDER.understand(null, said, Optional.empty())))
                .isEqualTo(topic);
    }

    @Test
    void a_word_without_a_topic_in_the_story_yields_to_a_question_that_plainly_names_one() {
        String said = "since his little brother relapsed our older boy has been acting out at school and i feel like"
                + " i have nothing left for him, how do i help him";

        assertThat(answered(UNDERSTANDER.understand(null, said, Optional.empty())))
                .isEqualTo("siblings");
        // Asked, not told: still not yet.
        assertThat(UNDERSTANDER.understand(null, "can he go back to school during maintenance", Optional.empty()))
                .isInstanceOf(Understanding.Decline.class);
    }

    @Test
    void yesterday_and_last_are_put_back_so_their_time_is_read() {
        assertThat(UNDERSTANDER.understand(
                        "LastIntent",
                        "night he had a bad headache but it's gone now is that the leukemia",
                        Optional.empty()))
                .isNotInstanceOf(Understanding.Emergency.class);
        assertThat(UNDERSTANDER.understand("LastIntent", "night she spiked a fever", Optional.empty()))
                .isInstanceOf(Understanding.Emergency.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"wake up when i shake him", "respond when i call her name", "stop bleeding after i pressed"})
    void doesnt_is_put_back_so_a_sign_said_with_it_is_read(String said) {
        assertThat(UNDERSTANDER.understand("DoesNotIntent", said, Optional.empty()))
                .isInstanceOf(Understanding.Emergency.class);
    }

    @Test
    void in_a_conversation_that_fever_is_the_one_just_spoken_of_unless_now_is_said() {
        assertThat(UNDERSTANDER.understand(
                        "QuestionIntent", "and that fever does it go away on its own", Optional.of("crs")))
                .isNotInstanceOf(Understanding.Emergency.class);
        assertThat(UNDERSTANDER.understand(
                        "QuestionIntent", "that fever is back and he is shaking right now", Optional.of("crs")))
                .isInstanceOf(Understanding.Emergency.class);
        // "This" is here: said in a conversation, it is happening.
        assertThat(UNDERSTANDER.understand(
                        "QuestionIntent", "this fever won't go down and he's on the pump", Optional.of("crs")))
                .isInstanceOf(Understanding.Emergency.class);
    }

    @Test
    void in_a_conversation_a_sign_said_alone_in_the_plural_is_asked_about_and_a_single_one_is_still_told() {
        // Round 75 (blind): "what about fevers" after the low counts answer reaches the skill as "fevers".
        assertThat(UNDERSTANDER.understand("QuestionIntent", "fevers", Optional.of("infections_low_counts")))
                .isNotInstanceOf(Understanding.Emergency.class);
        assertThat(UNDERSTANDER.understand("QuestionIntent", "fever", Optional.of("infections_low_counts")))
                .isInstanceOf(Understanding.Emergency.class);
        assertThat(UNDERSTANDER.understand("QuestionIntent", "fevers", Optional.empty()))
                .isInstanceOf(Understanding.Emergency.class);
    }

    @Test
    void a_sign_they_were_warned_about_is_asked_about_not_happening() {
        // Round 18 (blind): a follow-up after CRS ended the conversation with the emergency answer.
        Understanding warned = UNDERSTANDER.understand(
                "QuestionIntent", "the confused brain thing they warned us about", Optional.of("crs"));

        assertThat(answered(warned)).isEqualTo("icans");
        // Said as happening, the same sign still is one.
        assertThat(UNDERSTANDER.understand(
                        null, "she's confused and slurring her words right now, they warned us about this", none()))
                .isInstanceOf(Understanding.Emergency.class);
    }

    @Test
    void shopping_is_declined_whatever_supply_it_names() {
        assertThat(UNDERSTANDER.understand(null, "can you order more of those alcohol wipes from amazon", none()))
                .isInstanceOfSatisfying(
                        Understanding.Decline.class,
                        decline -> assertThat(decline.reason()).isEqualTo(Understanding.Reason.UNRELATED));
    }

    @Test
    void a_caregiver_speaking_of_themself_who_asks_nothing_and_names_no_topic_is_answered_as_a_feeling() {
        assertThat(answered(
                        UNDERSTANDER.understand(null, "this news knocked the wind right out of me", Optional.empty())))
                .isEqualTo("self_care");
        // Said of the child, or asked: not the caregiver's own state.
        assertThat(UNDERSTANDER.understand(null, "his port line looks kind of loose to me", Optional.empty()))
                .isNotInstanceOf(Understanding.Answer.class);
        assertThat(UNDERSTANDER.understand(null, "what does the wind knocked out of me mean", Optional.empty()))
                .isNotInstanceOf(Understanding.Answer.class);
    }

    @Test
    void a_sentence_opened_with_my_keeps_it_and_a_verb_after_its_subject_tells_rather_than_asks() {
        // Alexa keeps "my" out of SelfStatementIntent's slot; the skill puts it back. "is" after "head" tells.
        assertThat(answered(UNDERSTANDER.understand(
                        "SelfStatementIntent", "head is spinning from all the crying", Optional.empty())))
                .isEqualTo("self_care");
        // Before its subject, the same verb asks: nothing said of oneself is answered for a question.
        assertThat(UNDERSTANDER.understand("SelfStatementIntent", "head is spinning is it normal", Optional.empty()))
                .isNotInstanceOf(Understanding.Answer.class);
    }

    @Test
    void a_slot_longer_than_speech_is_read_only_as_far_as_speech_goes() {
        String endless = "what is mrd ".repeat(10_000);

        assertThat(UNDERSTANDER.forTheRecord(endless).length()).isLessThan(600);
        assertThat(UNDERSTANDER.understand(null, endless, Optional.empty()))
                .isInstanceOfAny(Understanding.Answer.class, Understanding.Clarify.class);
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // Names heard in pieces are read back together for what is asked of them too.
                "how does blina too mo mab work | blinatumomab",
                // "Given", "counts as", "can I be the donor", a grown son's age: words read for what they mean here.
                "what kind of chemo do they give after a relapse | chemotherapy",
                // "Make it more likely" is no "will she make it", which is survival.
                "which chromosome changes make it more likely to come back | chromosome_changes",
                "what counts as a high fever for a kid on chemo | emergency_signs",
                "can i be the donor, i'm his mom | haploidentical",
                "my son is thirty one, how many adults survive a relapse | outlook_adults",
                // Fillers say how, not what: the question still only points back at its story.
                "my grandson's leukemia has returned, what does that mean exactly | relapsed_b_all",
                // Letters joined by "and" that spell a term; the spinal fluid said as where it was taken from; alive.
                "what's the m and r d thing again | mrd",
                "they found leukemia cells in the fluid from his back, what does that mean | cns_relapse",
                "how many kids are still alive years after their leukemia comes back | outlook_children",
                // No B cells left is B-cell aplasia; "is that a problem" frames, it is not ICANS's "speech problems".
                "after the car t they said she's got basically no b cells left, is that a problem | b_cell_aplasia",
                // Round 19 (blind): "saying" asks nothing; obe-cel and iAMP21 as they are heard.
                "what's c d nineteen and why does everybody keep saying it | cd19_cd22",
                "what's the oh bee cell car t my husband's doctor brought it up today | aucatzyl",
                "what does i am p 21 mean on her genetics report | rare_gene_changes",
                // A young adult's age and the news, with a feeling, is the feeling.
                "i'm twenty and i'm so angry and scared that it's back | self_care",
                // Round 20 (blind): Sprycel and CR2 as heard.
                "they started him on spry cell pill once a day what is that for | tki",
                "what is see are two | remission",
                // Round 21 (blind): names as heard.
                "what is veno inclusive disease | vod",
                "she had the tell a m l one type isn't that supposed to be the good kind | favorable_genetics",
                "i read online that car t can give you a whole new kind of cancer is that real | car_t_new_cancers",
                // Three rows asked it: "after they finish treatment" had made it why it comes back.
                "how often does leukemia come back in kids after they finish treatment | how_common_children",
                // Round 22 (blind): how long after diagnosis is the timing; the age when first sick is age.
                "does it matter that it came back only a year after she was diagnosed | relapse_timing",
                "is my grandson more likely to relapse because he was eleven when he first got sick | age_risk",
                // A word heard in two pieces is put back together when it is a topic's word and a piece is not (the
                // name matcher puts back only names of nine letters or more).
                "what is a re lapse | relapsed_b_all",
                // A feeling said with a verb after its subject ("I can do this", "I do not know") asks nothing.
                "we already did a whole transplant two years ago and now it's back and i don't know if i can do this"
                        + " all over again | self_care",
                "i'm so angry the car t didn't work and i don't know what to do with it | self_care",
                // A topic named only after "since" is when the feeling began.
                "i'm wiped out i haven't slept more than a couple hours since she started re induction | self_care",
                "i haven't slept since she started re induction, how long does re induction last | chemotherapy",
                // Round 23 (blind): a story told after "what's X" counts less than X.
                "what's maintenance i thought he was almost done | maintenance",
                "i just can't watch my grandson go through this all over again it's breaking my heart | self_care",
                // Round 24 (blind): a different group after the MRD is the risk group.
                "the oncologist said her mrd was point zero one percent after the first block and that puts her in a"
                        + " different group what does that mean | risk_groups",
                // Round 26 (blind): when it was said is no topic; "is that normal" after a feeling asks about the
                // feeling; "kn" sounds like n in a name heard in pieces.
                "the nurse called this afternoon and said it relapsed, what does that even mean | relapsed_b_all",
                "we did every last thing right for three years so why did it come back | why_relapse",
                "i'm angry all the time since the relapse, is that normal | self_care",
                "i'm so angry since it came back, is this normal | self_care",
                "what does the i know to zoo mab do | inotuzumab",
                "i just can't handle any of this anymore, she's been in the hospital for weeks | self_care",
                // Round 27 (blind): a feeling that asks nothing, whatever of work or bills the story tells; the parent
                // as donor said as giving "mine"; chemo started over; the marrow test said as fluid from the hip.
                "between my job and the medical bills and the kids i just can't cope anymore | self_care",
                "do they just start chemo again after a relapse | chemotherapy",
                "what are they checking when they take fluid from her hip | tests_for_relapse",
                // Round 28 (blind): "someone" and "decide" say nothing of a topic; a teenager at diagnosis is age;
                // KMT2A
                // and IVIG as heard; a treatment that failed is the news of a feeling; a guilt over a sign not noticed.
                "how do doctors decide if someone should get a transplant | stem_cell_transplant",
                "was she more likely to relapse because she was diagnosed as a teenager | age_risk",
                "what does came tea two a mean on his report | kmt2a",
                "why does he get ivig infusions after car t | b_cell_aplasia",
                "car t didn't work and i'm falling apart | self_care",
                "i should have noticed how pale she was sooner, i feel awful | self_care",
                "i'm 25, i just found out it came back and i'm so tired of fighting | self_care",
                // Round 29 (blind): Aucatzyl and Blincyto as heard; a dose split in two is no advice asked.
                "why do they split the auto cat zil dose | aucatzyl",
                "what is the blinky pump | blinatumomab",
                "how could it come back when we did everything they said | why_relapse",
                // Round 30 (blind): the fear that she will die is a feeling, not a prognosis asked; a sibling
                // forgotten.
                "i'm so scared he's going to die | self_care",
                "his little sister feels totally forgotten lately | siblings",
                // Round 74 (blind): "a big deal" is how much it matters, not a big brother.
                "what's the deal with this m r d they keep talking about his m r d number like it's a big deal | mrd",
                // Round 73 (blind): "where they can't find their words" describes the side effect asked about.
                "what's that brain side effect from car t where they can't find their words | icans",
                // Round 75 (blind): being a teenager is an age.
                "does being a teenager make relapse more likely | age_risk",
                // Review: "help me understand" asks to have it explained; "help" alone leans to the not-medical-advice
                // topic and "me" to something said of oneself.
                "help me understand the transplant | stem_cell_transplant",
                // Rounds 81, 85 and 86 (blind): missing a sign is no missed dose; which one is for adults asks what
                // each is for; a guilt over bruises not noticed is the feeling's reason; "how well" is results.
                "i'm so scared i'll miss it again what are the signs that the leukemia is coming back"
                        + " | relapse_symptoms",
                "kim rya or tecartus which one is for grownups | tecartus",
                "i feel guilty that i didn't notice the bruises sooner | self_care",
                "how well does car t work for kids | car_t_results",
                // Round 87 (blind): half of something is much of it, not a half-matched donor; "is that a real thing"
                // asks whether it is true; running on fumes is exhaustion.
                "i was so overwhelmed i didn't hear half of it can you explain what a transplant actually is"
                        + " | stem_cell_transplant",
                "somebody said the leukemia cells that come back are stronger than before and the chemo doesn't work"
                        + " on them as well is that a real thing | drug_resistance",
                "honestly i'm running on fumes here | self_care",
                // Round 92 (blind): what everybody keeps talking about is what the team says, not someone to talk to.
                "what's this m r d thing everybody keeps talking about | mrd",
            })
    void words_are_read_for_what_they_mean_here(String said, String topic) {
        assertThat(answered(UNDERSTANDER.understand(null, said, Optional.empty())))
                .isEqualTo(topic);
    }

    @Test
    void a_sentence_that_opens_with_the_head_is_read_with_the_head_put_back() {
        // Round 60 (blind): "head hurt real bad …" had no carrier and reached Alexa's fallback.
        assertThat(UNDERSTANDER.emergencyIn(
                        "HeadStatementIntent", "real bad keep throwing up after spine tap yesterday"))
                .contains("severe_pain");
        assertThat(UNDERSTANDER.emergencyIn("HeadStatementIntent", "a little after the spinal tap is that normal"))
                .isEmpty();
    }

    @Test
    void a_sister_s_or_brother_s_child_is_a_child_not_the_siblings_topic() {
        // Round 64 (blind): "my sister's boy" had ALL too; the question is how often it comes back in children.
        assertThat(UNDERSTANDER.understand(
                        "SelfStatementIntent",
                        "sister's boy had all too and he never relapsed and now my maddie did so i keep wondering how"
                                + " many kids actually have it come back",
                        Optional.empty()))
                .isInstanceOfAny(Understanding.Answer.class, Understanding.Clarify.class)
                .extracting(
                        u -> u instanceof Understanding.Clarify c ? c.proposed().id() : answered(u))
                .isEqualTo("how_common_children");
        // ... while the patient's own brother or sister still is.
        assertThat(answered(UNDERSTANDER.understand(
                        null, "how do i help her little brother cope with all this", Optional.empty())))
                .isEqualTo("siblings");
    }

    @Test
    void a_temperature_read_digit_by_digit_is_a_temperature() {
        // Probe 65 (blind): "now it's one oh two" after a plan for fevers was no reading at all.
        assertThat(UNDERSTANDER.emergencyIn(
                        "CaregiverStatementIntent",
                        "always said if he gets a fever we go straight in and now it's one oh two and i'm frozen"))
                .contains("fever");
        assertThat(UNDERSTANDER.emergencyIn("PatientStatementIntent", "at 1 oh 3 now"))
                .contains("fever");
        assertThat(UNDERSTANDER.emergencyIn(null, "oh one of the nurses said she might get a rash"))
                .isEmpty();
    }

    @Test
    void a_sign_named_with_its_time_and_said_to_be_over_is_history() {
        // Probe 63 (blind): "her fever last week" has no verb, and its time is right after it.
        assertThat(UNDERSTANDER.emergencyIn(
                        "PossessiveStatementIntent",
                        "fever last week turned out to be a line infection and she's been totally fine since they gave"
                                + " her antibiotics but i'm wondering why infections are such a big deal"))
                .isEmpty();
        // ... unless nothing says it is over.
        assertThat(UNDERSTANDER.emergencyIn("PossessiveStatementIntent", "fever last night was 103"))
                .contains("fever");
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // Probes 63 to 65 (blind), each missed on arrival.
                "my boy's hot as a firecracker and his counts were like zero yesterday | fever",
                "my kid's forehead is like an oven and he had chemo tuesday | fever",
                "he's getting the bes ponza thing and his stomach is all swollen and sore and his eyes went yellow | liver",
                "my boy says his head is killing him he's puked four times and he can't stand the lights on"
                        + " | severe_pain",
                "there's a puddle of blood on his sheet around his central line and pressing on it isn't stopping it"
                        + " | bleeding",
                "i took the dog out and came back and my daughter was on the floor shaking and now she's all groggy"
                        + " | seizure",
                // A "but" ends what an "if" before it supposed.
                "not sure if this is a big deal but the toilet bowl is all red after he peed | bleeding",
                // Probes 83 and 84 (blind), each missed on arrival: falling oxygen said without a low number first, the
                // speaker who says they are the patient, words that stop making sense.
                "my father's oxygen reading keeps dropping it was ninety then eighty eight and now it says eighty five"
                        + " | breathing",
                "i'm calling about myself i'm sixty one with relapsed leukemia and i live alone and i've had this"
                        + " terrible pain in my back and side since dinner and it keeps getting worse and i can barely"
                        + " stand up now | severe_pain",
                "we were watching tv and he just kind of stopped talking in the middle of a sentence and now he's"
                        + " mumbling and his words don't make sense | confusion",
                // Probes 85-86 and round 89 (blind): the year not known and words jumbled; a seizure heard in two.
                "just now he couldn't tell me what year it is and his words are coming out all jumbled | confusion",
                "i think she's having a see zure on the couch | seizure",
                // Probes 87-88 (blind): shaking and can't answer; passed right out; a head that hurt and then
                // vomiting; a baby's bulging soft spot and a cry never heard before.
                "my son is on the blinatumomab pump and he just started shaking and he can't answer me | seizure",
                "my dad's leukemia came back and he just went down at the table passed right out and he's kinda coming"
                        + " to but not really | unresponsive",
                "ten minutes ago she said her head hurt really really bad and then she threw up twice and now she just"
                        + " wants to lie in the dark | severe_pain",
                "the soft spot on her head is bulging and she keeps throwing up and she screams when i move her"
                        + " | severe_pain",
                "she's crying this high pitched cry i've never heard before and she's thrown up like four times now"
                        + " | severe_pain",
                // Probe 93 (blind): "is it an emergency if" a reading said now asks whether to worry, it supposes
                // nothing.
                "is it an emergency if my son's temperature is a hundred point nine and his counts are low | fever",
                // Probe 92 (blind): signs told through what the patient says or does.
                "he won't let go of his head and he just threw up again | severe_pain",
                "he keeps begging me to make his head stop hurting and he's throwing up | severe_pain",
                "she's curled up in a ball saying it hurts it hurts and she won't let me anywhere near her belly"
                        + " | severe_pain",
                "he keeps going on about his leg hurting so bad he can't even stand on it and he's bawling"
                        + " | severe_pain",
                "after the in oh tuzu mab her eyes went all yellow and her belly's swollen | liver",
                "tonight he keeps saying his words are stuck and he tried to say my name and it came out wrong"
                        + " | confusion",
                // Probe 90 (blind): the speaker on CAR T; shaking "real bad" and can't answer.
                // A fever of a number asked about with "give" is still a fever now; so is one said now after a
                // question of what causes fevers.
                "what do you give kids for a fever of 103 | fever",
                "does the chemo give him fevers he has one right now | fever",
                "i'm on the car tea thing and i feel super hot and dizzy and i think i'm about to black out | fever",
                "he's on the tea car cells or whatever they're called and he's shaking real bad and he can't answer me"
                        + " | seizure"
            })
    void signs_told_as_families_tell_them_are_emergencies(String said, String sign) {
        assertThat(UNDERSTANDER.emergencyIn(null, said)).contains(sign);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "the bleeding stopped hours ago",
                "is it an emergency if she gets a fever",
                // Review: a parent with a child "with relapsed leukemia" is not the patient.
                "i have a son with relapsed leukemia and i feel like i can't breathe some days",
                "i have a daughter with relapsed leukemia and i'm so confused by all of it",
                // Review of probe 92's lines: another's knee, words stuck in the caregiver's head.
                "my brother twisted his knee and can't even stand on it",
                "the doctor's words are stuck in my head",
                // Probes 89-90 (blind): a question of what a treatment causes, the sign in the plural.
                "why does blinna tumo mab give kids fevers",
                "does kim rya give you fevers what's that side toe kine thing",
                // Probe 84 (blind): last spring is long ago.
                "he had a seizure in the hospital last spring during treatment does that mean the leukemia is in his"
                        + " brain",
                "i'm falling apart i can't breathe i can't sleep i just need somebody to talk to",
                "i swear i can't breathe every time the oncologist's number pops up on my phone",
                "grandpa's nose bleeds all the time from his blood thinners can he still be her donor",
                "what is neutropenic fever",
                "two days ago at the pool her lips went a little blue but we wrapped her in a towel and she warmed right"
                        + " up"
            })
    void worries_and_what_is_over_are_not_emergencies(String said) {
        assertThat(UNDERSTANDER.emergencyIn(null, said)).isEmpty();
    }

    @Test
    void a_spelled_term_then_the_speaker_s_own_i_is_the_term() {
        // Round 70 (blind): "g v h d i keep seeing" was read as "gvhdi", no word at all.
        assertThat(topicOf(UNDERSTANDER.understand(
                        "WhatQuestionIntent",
                        "is g v h d i keep seeing it all over the transplant paperwork",
                        Optional.empty())))
                .isEqualTo("gvhd");
        // ... while letters that are no term with their last one off stay as spelled.
        assertThat(topicOf(UNDERSTANDER.understand("WhatQuestionIntent", "is m r d", Optional.empty())))
                .isEqualTo("mrd");
    }

    @Test
    void a_definition_asked_after_another_topic_is_answered_with_the_term_s_own_topic() {
        // Round 69 (blind): "what's a blast" reaches the skill as "what a blast" (Alexa's "what's" carrier).
        assertThat(answered(
                        UNDERSTANDER.understand("WhatQuestionIntent", "a blast", Optional.of("incomplete_remission"))))
                .isEqualTo("blast");
        // "Can it give him cancer" after CAR T asks about a second cancer.
        assertThat(answered(UNDERSTANDER.understand("QuestionIntent", "can it give him cancer", Optional.of("car_t"))))
                .isEqualTo("car_t_new_cancers");
    }

    @Test
    void a_possessive_that_opens_a_clause_is_of_the_one_the_clause_before_is_about() {
        // Probe 66 (blind): the other son's knee, not the patient's.
        assertThat(UNDERSTANDER.emergencyIn(
                        "SelfStatementIntent",
                        "other son fell off his bike and his knee is bleeding and i just can't handle one more thing"))
                .isEmpty();
        // ... but the patient's own knee, and the hand a dog bit, are the patient's.
        assertThat(UNDERSTANDER.emergencyIn(
                        "ChildStatementIntent", "fell off his bike and his knee is bleeding and won't stop"))
                .contains("bleeding");
        assertThat(UNDERSTANDER.emergencyIn(null, "the dog bit her hand and her hand is bleeding and won't stop"))
                .contains("bleeding");
    }

    @Test
    void checking_a_temperature_is_no_sign_and_what_it_reads_still_is() {
        // Probe 67 (blind): a grandpa told to check her temperature every few hours, and it reads 98.2.
        assertThat(UNDERSTANDER.emergencyIn(
                        "CaregiverStatementIntent",
                        "the grandpa and i'm watching her today and her mom told me to check her temperature every few"
                                + " hours and i just did and it says ninety eight point two"))
                .isEmpty();
        assertThat(UNDERSTANDER.emergencyIn(null, "i checked his temperature and it's 103"))
                .contains("fever");
        assertThat(UNDERSTANDER.emergencyIn(null, "i need to check her temperature she feels hot"))
                .contains("fever");
        // Round 72 (blind): "dad's temperature is one oh three" now reaches the skill as an adult's statement.
        assertThat(UNDERSTANDER.emergencyIn("AdultStatementIntent", "temperature is one oh three"))
                .contains("fever");
        // ... and a colour seen in the photos is no sign now.
        assertThat(UNDERSTANDER.emergencyIn(
                        "AdultStatementIntent",
                        "got blue lips in every picture from the beach cause he ate a blue raspberry popsicle"))
                .isEmpty();
    }
}
