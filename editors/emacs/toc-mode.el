;;; toc-mode.el --- .toc files (theory of change) with toc lsp through eglot -*- lexical-binding: t; -*-

;; Put this file on your load-path and add (require 'toc-mode) to your init file. Eglot is part of
;; Emacs 29; on Emacs 28 install it first (Debian: apt install elpa-eglot; or M-x package-install
;; RET eglot). Opening a .toc file then starts `toc lsp' (it must be on your PATH) through eglot.

(define-derived-mode toc-mode prog-mode "ToC"
  "Major mode for theory-of-change files (.toc), checked by `toc lsp'."
  (setq-local comment-start "# ")
  (setq-local comment-start-skip "#+\\s-*")
  (modify-syntax-entry ?# "<" toc-mode-syntax-table)
  (modify-syntax-entry ?\n ">" toc-mode-syntax-table)
  (setq-local font-lock-defaults
              '((("^\\s-*\\(\\[[^]]*\\]\\)" 1 font-lock-function-name-face)
                 ("^\\s-*\\([[:alpha:]_][[:alnum:]_-]*\\)\\s-*:" 1 font-lock-keyword-face)
                 ("->" . font-lock-builtin-face)))))

(add-to-list 'auto-mode-alist '("\\.toc\\'" . toc-mode))

(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs '(toc-mode . ("toc" "lsp"))))

(add-hook 'toc-mode-hook (lambda () (when (fboundp 'eglot-ensure) (eglot-ensure))))

(provide 'toc-mode)
;;; toc-mode.el ends here
