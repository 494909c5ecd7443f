;;; test.el --- run by run.sh in a batch Emacs: the editors/emacs snippet against toc lsp -*- lexical-binding: t; -*-

;; A user's Emacs activates its installed packages (Debian's elpa-eglot among them) at start-up;
;; --batch skips that step, so take it here. Eglot itself is then loaded by the snippet's hook.
(package-activate-all)
(require 'toc-mode)
(require 'flymake)
(require 'xref)
(require 'cl-lib)

(defvar toc-test-failures 0)

(defun toc-test-say (text) (princ (concat text "\n")))

(defun toc-test-check (ok what)
  (if ok
      (toc-test-say (concat "ok   " what))
    (setq toc-test-failures (1+ toc-test-failures))
    (toc-test-say (concat "FAIL " what))))

(defun toc-test-wait (seconds predicate)
  "Let timers and the server's messages run until PREDICATE holds or SECONDS pass."
  (let ((deadline (+ (float-time) seconds)))
    (while (and (not (funcall predicate)) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    (funcall predicate)))

(defun toc-test-line-of (regexp)
  (save-excursion
    (goto-char (point-min))
    (and (re-search-forward regexp nil t) (line-number-at-pos))))

(defun toc-test-main ()
  (find-file (getenv "EXAMPLE"))
  (toc-test-check (eq major-mode 'toc-mode) "auto-mode-alist opens .toc files in toc-mode")
  ;; eglot-ensure (the snippet's hook) connects after the next command: run that moment.
  (run-hooks 'post-command-hook)
  (toc-test-check (toc-test-wait 20 (lambda () (bound-and-true-p eglot--managed-mode)))
                  "eglot-ensure (autoloaded) starts toc lsp and manages the buffer")
  (toc-test-check (equal (process-command (jsonrpc--process (eglot-current-server)))
                         '("toc" "lsp"))
                  "the server is the snippet's command, toc lsp")
  ;; Diagnostics as flymake shows them, as many as `toc check' finds.
  (let ((expected (string-to-number (getenv "EXPECTED"))))
    (toc-test-wait 20 (lambda () (>= (length (flymake-diagnostics)) expected)))
    (let ((diagnostics (flymake-diagnostics))
          (uren (toc-test-line-of "^uren:")))
      (toc-test-check (and (> expected 0) (= (length diagnostics) expected))
                      (format "flymake diagnostics: %d, toc check: %d"
                              (length diagnostics) expected))
      (toc-test-check
       (cl-some (lambda (d)
                  (and (= (line-number-at-pos (flymake-diagnostic-beg d)) uren)
                       (string-match-p "voedt geen activiteit" (flymake-diagnostic-text d))))
                diagnostics)
       "a Dutch warning for the unused resource on the line of uren:")))
  ;; Hover on `acties' in `geld: ... -> acties', asked through eglot's own server object.
  (goto-char (point-min))
  (re-search-forward "^geld:.*-> \\(acties\\)")
  (goto-char (1+ (match-beginning 1)))
  (let* ((hover (jsonrpc-request (eglot--current-server-or-lose) :textDocument/hover
                                 (eglot--TextDocumentPositionParams) :timeout 10))
         (value (or (plist-get (plist-get hover :contents) :value) "")))
    (toc-test-check (string-match-p "Acties om leefklimaat te verzorgen" value)
                    "hover shows the label")
    (toc-test-check (string-match-p "Activiteiten" value) "hover shows the column"))
  ;; Go to definition, as M-. does: point moves to the line of `acties:'.
  (let ((definition (toc-test-line-of "^acties:"))
        (from (line-number-at-pos))
        (this-command 'xref-find-definitions))
    (call-interactively #'xref-find-definitions)
    (toc-test-check (and (/= from definition) (= (line-number-at-pos) definition)
                         (eq major-mode 'toc-mode))
                    (format "definition moves point to line %d (acties:), now %d"
                            definition (line-number-at-pos))))
  ;; Leaving: the server answers eglot's shutdown request and goes away.
  (let ((server (eglot-current-server)))
    (toc-test-check (condition-case nil (progn (eglot-shutdown server) t) (error nil))
                    "the server answers shutdown")
    (toc-test-check (not (jsonrpc-running-p server)) "the server has stopped")))

;; An error in a check is a failure, not a hang or a backtrace; run.sh bounds the whole run.
(condition-case problem
    (toc-test-main)
  (error (setq toc-test-failures (1+ toc-test-failures))
         (toc-test-say (format "FAIL %S" problem))))
(ignore-errors (eglot-shutdown (eglot-current-server)))
(if (> toc-test-failures 0)
    (progn (toc-test-say (format "%d Emacs check(s) failed" toc-test-failures))
           (kill-emacs 1))
  (toc-test-say "Emacs: all checks passed")
  (kill-emacs 0))
