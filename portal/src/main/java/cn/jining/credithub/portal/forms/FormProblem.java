package cn.jining.credithub.portal.forms;

/** A form a visitor must correct: the message, in Chinese, names the field and what is wrong. */
public class FormProblem extends Exception {

    private static final long serialVersionUID = 1L;

    public FormProblem(String message) {
        super(message);
    }
}
