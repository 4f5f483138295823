module libreauth

go 1.19
