package com.gongxuhui.expert.importing;

import com.gongxuhui.common.security.CurrentUser;
import com.gongxuhui.common.web.ProblemException;
import com.gongxuhui.expert.expert.ExpertForm;
import com.gongxuhui.expert.expert.Experts;
import com.gongxuhui.expert.field.TechnicalFields;
import com.gongxuhui.expert.importing.ImportReport.RowProblem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * Imports experts from a workbook: each valid row becomes an expert exactly as if added by hand (its own
 * transaction and {@code ExpertCreated}), each invalid row is reported with its number and reason. A phone
 * that already belongs to an expert is refused as a duplicate, so importing the same file again creates
 * nothing new.
 */
@Service
public class ExpertImport {

    private final ExpertWorkbook workbook;
    private final Experts experts;
    private final TechnicalFields dictionary;
    private final Validator validator;
    private final MessageSource messages;

    ExpertImport(ExpertWorkbook workbook, Experts experts, TechnicalFields dictionary, Validator validator,
            MessageSource messages) {
        this.workbook = workbook;
        this.experts = experts;
        this.dictionary = dictionary;
        this.validator = validator;
        this.messages = messages;
    }

    public ImportReport run(InputStream file, CurrentUser user) {
        if (user.institutionId() == null) {
            throw ProblemException.forbidden("FORBIDDEN");
        }
        List<ImportRow> rows = workbook.read(file);
        Map<String, String> fieldCodes = dictionary.codesByCodeOrName();
        List<RowProblem> problems = new ArrayList<>();
        int created = 0;
        for (ImportRow row : rows) {
            Optional<RowProblem> problem = problemOf(row, fieldCodes);
            if (problem.isEmpty()) {
                try {
                    experts.create(form(row, fieldCodes), user);
                    created++;
                } catch (ProblemException refused) {
                    problem = Optional.of(rowProblem(row, refused.code().equals("EXPERT_PHONE_TAKEN")
                            ? "PHONE_TAKEN" : refused.code()));
                }
            }
            problem.ifPresent(problems::add);
        }
        return new ImportReport(rows.size(), created, problems);
    }

    private Optional<RowProblem> problemOf(ImportRow row, Map<String, String> fieldCodes) {
        if (row.name() == null) {
            return Optional.of(rowProblem(row, "NAME_MISSING"));
        }
        if (row.phone() == null || !row.phone().matches("1[3-9]\\d{9}")) {
            return Optional.of(rowProblem(row, "PHONE_INVALID"));
        }
        if (row.fields() == null || fieldNames(row).isEmpty()) {
            return Optional.of(rowProblem(row, "FIELDS_MISSING"));
        }
        Optional<String> unknown = fieldNames(row).stream().filter(name -> !fieldCodes.containsKey(name)).findFirst();
        if (unknown.isPresent()) {
            return Optional.of(rowProblem(row, "FIELD_UNKNOWN", unknown.get()));
        }
        Set<ConstraintViolation<ExpertForm>> violations = validator.validate(form(row, fieldCodes));
        return violations.stream().findFirst()
                .map(v -> rowProblem(row, "TOO_LONG", v.getPropertyPath().toString()));
    }

    private static ExpertForm form(ImportRow row, Map<String, String> fieldCodes) {
        return new ExpertForm(row.name(), row.phone(), row.organisation(), row.title(),
                fieldNames(row).stream().map(fieldCodes::get).distinct().toList(), row.introduction());
    }

    private static List<String> fieldNames(ImportRow row) {
        return Arrays.stream(row.fields().split("[、,，;；]")).map(String::trim).filter(name -> !name.isEmpty()).toList();
    }

    private RowProblem rowProblem(ImportRow row, String code, Object... args) {
        String reason = messages.getMessage("import." + code, args, code, LocaleContextHolder.getLocale());
        return new RowProblem(row.rowNumber(), code, reason);
    }
}
