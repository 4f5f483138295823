local LibreAuth = require('libreauth')

local app = LibreAuth.new('MyApp', 'XXXXXXXXXX', '1.0', 'https://libreauth.nutexe.dev/api/1.3/')
app:init()
app:check_blacklist('S-1-5-21-1085031214-1563985344-725345543')
