// The code editor of the problem page: CodeMirror 6 with Python highlighting and indentation.
// It enhances a <textarea data-editor>: the textarea stays in the form (hidden) and is kept in
// sync, so Run and Submit post the editor's text, and the page still works without JavaScript.
import { basicSetup } from "codemirror";
import { EditorView, keymap } from "@codemirror/view";
import { indentWithTab } from "@codemirror/commands";
import { indentUnit } from "@codemirror/language";
import { python } from "@codemirror/lang-python";

function mount(textarea) {
  const label = textarea.id ? document.querySelector(`label[for="${textarea.id}"]`) : null;
  const view = new EditorView({
    doc: textarea.value,
    extensions: [
      basicSetup,
      // Tab indents inside the editor; Escape then Tab moves focus out (CodeMirror's default).
      keymap.of([indentWithTab]),
      indentUnit.of("    "),
      python(),
      EditorView.contentAttributes.of({
        "aria-label": label ? label.textContent.trim() : "Code editor",
        "aria-describedby": "editor-help",
      }),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) {
          textarea.value = update.state.doc.toString();
        }
      }),
    ],
  });
  textarea.style.display = "none";
  textarea.insertAdjacentElement("afterend", view.dom);
  if (label) {
    label.addEventListener("click", () => view.focus());
  }
  textarea.editorView = view;
  return view;
}

function mountAll(root) {
  root.querySelectorAll("textarea[data-editor]").forEach((textarea) => {
    if (!textarea.editorView) {
      mount(textarea);
    }
  });
}

window.mldojoEditor = {
  mountAll,
  // Replace the editor's text (used by "Reset to starter code" and "Load into editor").
  setText(text) {
    const textarea = document.querySelector("textarea[data-editor]");
    if (textarea && textarea.editorView) {
      const view = textarea.editorView;
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
      view.focus();
    } else if (textarea) {
      textarea.value = text;
    }
  },
};

if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", () => mountAll(document));
} else {
  mountAll(document);
}
