" A .toc file is a theory of change, checked and explained by `toc lsp`.
autocmd BufRead,BufNewFile *.toc set filetype=toc
