package org.birge.portal.feedback.service;

import java.io.Serializable;
import org.birge.portal.feedback.domain.AppealCategory;
import org.birge.portal.feedback.domain.AppealKind;
import org.birge.portal.shared.domain.Language;

/** What a resident writes in a new appeal; {@code answerIn} null means the language it is written in. */
public record AppealDraft(AppealKind kind, AppealCategory category, String subject, String body, Language writtenIn,
                          Language answerIn, boolean publicAppeal) implements Serializable {
}
