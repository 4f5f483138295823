// Declarations of UnityEngine.Networking (Unity 2022 LTS and later); bodies do nothing.
using System;
using System.Collections.Generic;

namespace UnityEngine.Networking
{
    public class UnityWebRequestAsyncOperation : AsyncOperation
    {
        public UnityWebRequest webRequest { get { return null; } }
    }

    public class UploadHandler : IDisposable
    {
        public string contentType { get; set; }
        public byte[] data { get { return null; } }
        public void Dispose() { }
    }

    public sealed class UploadHandlerRaw : UploadHandler
    {
        public UploadHandlerRaw(byte[] data) { }
    }

    public class DownloadHandler : IDisposable
    {
        public byte[] data { get { return null; } }
        public string text { get { return ""; } }
        public bool isDone { get { return false; } }
        public string error { get { return null; } }
        public void Dispose() { }
    }

    public sealed class DownloadHandlerBuffer : DownloadHandler
    {
        public DownloadHandlerBuffer() { }
        public static string GetContent(UnityWebRequest www) { return ""; }
    }

    public class CertificateHandler : IDisposable
    {
        public void Dispose() { }
    }

    public class UnityWebRequest : IDisposable
    {
        public enum Result
        {
            InProgress,
            Success,
            ConnectionError,
            ProtocolError,
            DataProcessingError,
        }

        public const string kHttpVerbGET = "GET";
        public const string kHttpVerbHEAD = "HEAD";
        public const string kHttpVerbPOST = "POST";
        public const string kHttpVerbPUT = "PUT";
        public const string kHttpVerbCREATE = "CREATE";
        public const string kHttpVerbDELETE = "DELETE";

        public UnityWebRequest() { }
        public UnityWebRequest(string url) { }
        public UnityWebRequest(Uri uri) { }
        public UnityWebRequest(string url, string method) { }
        public UnityWebRequest(Uri uri, string method) { }
        public UnityWebRequest(string url, string method, DownloadHandler downloadHandler, UploadHandler uploadHandler) { }
        public UnityWebRequest(Uri uri, string method, DownloadHandler downloadHandler, UploadHandler uploadHandler) { }

        public string method { get; set; }
        public string url { get; set; }
        public Uri uri { get; set; }
        public int timeout { get; set; }
        public int redirectLimit { get; set; }
        public bool useHttpContinue { get; set; }
        public bool disposeUploadHandlerOnDispose { get; set; }
        public bool disposeDownloadHandlerOnDispose { get; set; }
        public UploadHandler uploadHandler { get; set; }
        public DownloadHandler downloadHandler { get; set; }
        public CertificateHandler certificateHandler { get; set; }
        public Result result { get { return Result.InProgress; } }
        public string error { get { return null; } }
        public long responseCode { get { return 0; } }
        public bool isDone { get { return false; } }
        public ulong uploadedBytes { get { return 0; } }
        public ulong downloadedBytes { get { return 0; } }

        public UnityWebRequestAsyncOperation SendWebRequest() { return null; }
        public void Abort() { }
        public void SetRequestHeader(string name, string value) { }
        public string GetRequestHeader(string name) { return null; }
        public string GetResponseHeader(string name) { return null; }
        public Dictionary<string, string> GetResponseHeaders() { return null; }
        public void Dispose() { }

        public static UnityWebRequest Get(string uri) { return null; }
        public static UnityWebRequest Get(Uri uri) { return null; }
        public static UnityWebRequest Delete(string uri) { return null; }
        public static UnityWebRequest Delete(Uri uri) { return null; }
        public static UnityWebRequest Head(string uri) { return null; }
        public static UnityWebRequest Put(string uri, byte[] bodyData) { return null; }
        public static UnityWebRequest Put(string uri, string bodyData) { return null; }
        public static UnityWebRequest Post(string uri, string postData, string contentType) { return null; }
        public static UnityWebRequest PostWwwForm(string uri, string form) { return null; }
        public static string EscapeURL(string s) { return s; }
        public static string UnEscapeURL(string s) { return s; }
    }
}
