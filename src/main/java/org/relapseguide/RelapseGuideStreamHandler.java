package org.relapseguide;

import com.amazon.ask.AlexaSkill;
import com.amazon.ask.SkillStreamHandler;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.ResponseEnvelope;

/** The Lambda entry point: the skill built once, at initialization, from the function's environment. */
public final class RelapseGuideStreamHandler extends SkillStreamHandler {

    public RelapseGuideStreamHandler() {
        this(SkillFactory.fromEnvironment(System.getenv()));
    }

    public RelapseGuideStreamHandler(AlexaSkill<RequestEnvelope, ResponseEnvelope> skill) {
        super(skill);
    }
}
