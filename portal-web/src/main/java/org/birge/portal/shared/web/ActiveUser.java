package org.birge.portal.shared.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import org.birge.portal.org.domain.Role;
import org.birge.portal.org.service.ProvisioningService;
import org.birge.portal.org.service.UserProfile;
import org.birge.portal.shared.domain.Language;

/**
 * The one session-scoped bean: who is signed in (a small profile, no entity) and the language of the
 * interface. Anonymous visitors have one too, for their language.
 */
@Named
@SessionScoped
public class ActiveUser implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProvisioningService provisioning;

    private UserProfile profile;
    private Language language = Language.RU;
    private boolean languageChosen;

    /** Takes the profile of a fresh login; a language chosen before signing in wins and is kept. */
    void signedIn(UserProfile signedIn) {
        this.profile = signedIn;
        if (languageChosen) {
            provisioning.chooseLanguage(language);
        } else {
            language = signedIn.language();
        }
    }

    /** Takes the profile after the person chose their place (a resident's district), keeping the language. */
    public void placeChosen(UserProfile changed) {
        if (profile != null && profile.username().equals(changed.username())) {
            this.profile = changed;
        }
    }

    void signedOut() {
        profile = null;
    }

    /** Switches the interface language; a signed-in user keeps it for the next visits. */
    public void choose(String code) {
        language = Language.of(code);
        languageChosen = true;
        if (profile != null) {
            provisioning.chooseLanguage(language);
        }
    }

    public boolean isSignedIn() {
        return profile != null;
    }

    public UserProfile getProfile() {
        return profile;
    }

    public Language getLanguage() {
        return language;
    }

    public Locale getLocale() {
        return language.locale();
    }

    public String getDisplayName() {
        return profile == null ? null : profile.displayName();
    }

    public Role getRole() {
        return profile == null ? null : profile.primaryRole();
    }

    /** The name of the district or region the user belongs to, in the interface language. */
    public String getPlaceName() {
        return profile == null ? null : profile.placeName(language);
    }

    /** Where this user's portal starts. */
    public String getHome() {
        Role role = getRole();
        return role == null ? "/" : role.home();
    }
}
