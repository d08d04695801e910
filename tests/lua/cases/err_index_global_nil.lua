return undefined_tbl.x
