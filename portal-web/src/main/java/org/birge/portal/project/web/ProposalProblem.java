package org.birge.portal.project.web;

import java.io.Serializable;
import java.util.List;
import org.birge.portal.shared.domain.Localizable;

/**
 * A rule the proposal does not meet yet, as the form keeps it between requests: the domain's problems are
 * not serialisable, and the text is made at rendering so that it follows a change of language.
 */
public record ProposalProblem(String messageKey, List<Object> arguments) implements Localizable, Serializable {

    public ProposalProblem {
        arguments = List.copyOf(arguments);
    }

    public static List<ProposalProblem> of(List<? extends Localizable> problems) {
        return problems.stream().map(p -> new ProposalProblem(p.getMessageKey(), p.getArguments())).toList();
    }

    @Override
    public String getMessageKey() {
        return messageKey;
    }

    @Override
    public List<Object> getArguments() {
        return arguments;
    }
}
