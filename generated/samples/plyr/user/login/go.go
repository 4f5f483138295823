package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"
)

func main() {
	body := `{"plyrId":"player123","otp":"123456","gameId":"game123"}`
	secret := "your_secret_key"
	timestamp := strconv.FormatInt(time.Now().UnixMilli(), 10)
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte(timestamp + body))
	signature := hex.EncodeToString(mac.Sum(nil))

	req, err := http.NewRequest("POST", "https://api.plyr.network/api/user/login", strings.NewReader(body))
	if err != nil {
		panic(err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("apikey", "your_api_key")
	req.Header.Set("signature", signature)
	req.Header.Set("timestamp", timestamp)

	res, err := http.DefaultClient.Do(req)
	if err != nil {
		panic(err)
	}
	defer res.Body.Close()
	out, err := io.ReadAll(res.Body)
	if err != nil {
		panic(err)
	}
	fmt.Println(string(out))
}
