package org.relapseguide;

import com.amazon.ask.AlexaSkill;
import com.amazon.ask.SkillStreamHandler;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.ResponseEnvelope;
import java.util.Optional;
import org.crac.Core;
import org.relapseguide.snapstart.PrimingRequests;
import org.relapseguide.snapstart.SnapStartHooks;

/**
 * The Lambda entry point: the skill built once, at initialization, from the function's environment, with the
 * SnapStart hooks registered that prime it before a snapshot and refresh it after a restore.
 */
public final class RelapseGuideStreamHandler extends SkillStreamHandler {
    /** Held here because the runtime keeps registered hooks only weakly. */
    private final SnapStartHooks snapStart;

    public RelapseGuideStreamHandler() {
        this(ProductionSkill.fromEnvironment(System.getenv()));
    }

    public RelapseGuideStreamHandler(AlexaSkill<RequestEnvelope, ResponseEnvelope> skill) {
        super(skill);
        this.snapStart = null;
    }

    RelapseGuideStreamHandler(ProductionSkill production) {
        super(production.skill());
        this.snapStart = new SnapStartHooks(
                this,
                production.priming(),
                new PrimingRequests(production.config().skillId(), ProductionSkill.ALEXA_API_ENDPOINT),
                production.afterRestore());
        Core.getGlobalContext().register(snapStart);
    }

    /** The hooks the Lambda runtime calls around a SnapStart snapshot; empty for a skill built without them. */
    public Optional<SnapStartHooks> snapStartHooks() {
        return Optional.ofNullable(snapStart);
    }
}
