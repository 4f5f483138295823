package main

import (
	"fmt"
	"io"
	"net/http"
	"strings"
)

func main() {
	body := `{"type":"CONTRACT_EXECUTION","to":"0xdc71b72db51e227e65a45004ab2798d31e8934c9","value":0}`

	req, err := http.NewRequest("POST", "https://wallet.xerial.io/api/wallet/0x8e9DD3c1Db3254d968967CbC367542C343273629/polygon/transaction", strings.NewReader(body))
	if err != nil {
		panic(err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer your_access_token")

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
