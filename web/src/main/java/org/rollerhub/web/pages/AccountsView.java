package org.rollerhub.web.pages;

import java.util.List;
import org.rollerhub.store.Person;
import org.rollerhub.web.clinic.AccountForm;

/**
 * The admin's accounts page: every account with its patients, the form to add one (as typed, with
 * its field messages), and the form to assign a patient to a physio.
 *
 * @param saved what was just done, for a status line, or null
 * @param assignError what was wrong with the assignment asked for, or null
 */
public record AccountsView(Frame frame, List<Row> accounts, List<Person> people, AccountForm form, String saved,
        String assignError) {

    /** One account and the patients it sees (ids; an admin sees everyone). */
    public record Row(String username, String name, String role, List<String> patients) {
    }
}
