package org.rollerhub.web.clinic;

import java.util.LinkedHashMap;
import java.util.Map;
import org.rollerhub.store.clinic.Account;
import org.rollerhub.store.clinic.Role;

/**
 * A new account as typed into the admin's form: the texts (never the password, which is not shown
 * back) and what is wrong with each field (field name → message).
 */
public record AccountForm(String username, String name, String role, Map<String, String> errors) {

    public static final AccountForm EMPTY = new AccountForm("", "", "physio", Map.of());

    /** The form's fields, checked one by one. */
    public static AccountForm checked(String username, String name, String role, String password) {
        Map<String, String> errors = new LinkedHashMap<>();
        username = username == null ? "" : username.strip();
        name = name == null ? "" : name.strip();
        role = role == null ? "" : role.strip();
        if (username.isEmpty()) {
            errors.put("username", "Give a username: 2-64 of a-z 0-9 . _ -.");
        } else if (!Account.USERNAME.matcher(username).matches()) {
            errors.put("username", "'" + username + "' is not a username: use 2-64 of a-z 0-9 . _ - (lower case, no spaces).");
        }
        if (name.length() > 200) {
            errors.put("name", "At most 200 characters.");
        }
        try {
            Role.parse(role);
        } catch (IllegalArgumentException e) {
            errors.put("role", "Choose physio or admin.");
        }
        String problem = ClinicAccounts.passwordProblem(password);
        if (problem != null) {
            errors.put("password", "The password needs " + problem + ".");
        }
        return new AccountForm(username, name, role, errors);
    }

    /** The message for {@code field}, or null. */
    public String error(String field) {
        return errors.get(field);
    }
}
