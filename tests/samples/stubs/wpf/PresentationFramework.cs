// Declarations of the WPF (System.Windows) types a window's code-behind uses; bodies do nothing.
using System;
using System.Collections;
using System.Collections.Generic;

namespace System.Windows.Threading
{
    public enum DispatcherPriority { Normal = 9, Background = 4 }

    public sealed class Dispatcher
    {
        public void Invoke(Action callback) { }
        public T Invoke<T>(Func<T> callback) { return default(T); }
        public DispatcherOperation BeginInvoke(Delegate method, params object[] args) { return null; }
        public bool CheckAccess() { return true; }
    }

    public sealed class DispatcherOperation { }

    public class DispatcherObject
    {
        public Dispatcher Dispatcher { get { return null; } }
    }
}

namespace System.Windows.Media
{
    public class FontFamily
    {
        public FontFamily(string familyName) { }
    }
}

namespace System.Windows
{
    using System.Windows.Threading;

    public enum TextWrapping { WrapWithOverflow, NoWrap, Wrap }
    public enum Visibility { Visible, Hidden, Collapsed }
    public enum HorizontalAlignment { Left, Center, Right, Stretch }
    public enum VerticalAlignment { Top, Center, Bottom, Stretch }
    public enum WindowStartupLocation { Manual, CenterScreen, CenterOwner }
    public enum MessageBoxButton { OK = 0, OKCancel = 1, YesNoCancel = 3, YesNo = 4 }
    public enum MessageBoxImage { None = 0, Error = 16, Warning = 48, Information = 64 }
    public enum MessageBoxResult { None = 0, OK = 1, Cancel = 2, Yes = 6, No = 7 }

    public struct Thickness
    {
        public Thickness(double uniformLength) { Left = Top = Right = Bottom = uniformLength; }
        public Thickness(double left, double top, double right, double bottom) { Left = left; Top = top; Right = right; Bottom = bottom; }
        public double Left { get; set; }
        public double Top { get; set; }
        public double Right { get; set; }
        public double Bottom { get; set; }
    }

    public class RoutedEventArgs : EventArgs
    {
        public bool Handled { get; set; }
        public object Source { get; set; }
    }

    public delegate void RoutedEventHandler(object sender, RoutedEventArgs e);

    public class DependencyObject : DispatcherObject { }

    public class UIElement : DependencyObject
    {
        public bool IsEnabled { get; set; }
        public Visibility Visibility { get; set; }
        public bool Focus() { return true; }
    }

    public class FrameworkElement : UIElement
    {
        public string Name { get; set; }
        public double Width { get; set; }
        public double Height { get; set; }
        public double MinWidth { get; set; }
        public double MinHeight { get; set; }
        public Thickness Margin { get; set; }
        public HorizontalAlignment HorizontalAlignment { get; set; }
        public VerticalAlignment VerticalAlignment { get; set; }
        public object DataContext { get; set; }
        public object Tag { get; set; }
        public event RoutedEventHandler Loaded { add { } remove { } }
        public object FindName(string name) { return null; }
    }

    public class Window : System.Windows.Controls.ContentControl
    {
        public string Title { get; set; }
        public Window Owner { get; set; }
        public WindowStartupLocation WindowStartupLocation { get; set; }
        public void Show() { }
        public bool? ShowDialog() { return null; }
        public void Close() { }
        public bool Activate() { return true; }
    }

    public class Application : DispatcherObject
    {
        public static Application Current { get { return null; } }
        public Window MainWindow { get; set; }
        public Uri StartupUri { get; set; }
        public int Run() { return 0; }
        public int Run(Window window) { return 0; }
        public void Shutdown() { }
    }

    public sealed class MessageBox
    {
        public static MessageBoxResult Show(string messageBoxText) { return MessageBoxResult.OK; }
        public static MessageBoxResult Show(string messageBoxText, string caption) { return MessageBoxResult.OK; }
        public static MessageBoxResult Show(string messageBoxText, string caption, MessageBoxButton button) { return MessageBoxResult.OK; }
        public static MessageBoxResult Show(string messageBoxText, string caption, MessageBoxButton button, MessageBoxImage icon) { return MessageBoxResult.OK; }
    }
}

namespace System.Windows.Controls
{
    using System.Windows.Media;

    public enum Orientation { Horizontal, Vertical }
    public enum ScrollBarVisibility { Disabled, Auto, Hidden, Visible }

    public class Control : FrameworkElement
    {
        public FontFamily FontFamily { get; set; }
        public double FontSize { get; set; }
        public Thickness Padding { get; set; }
    }

    public class ContentControl : Control
    {
        public object Content { get; set; }
    }

    public class ButtonBase : ContentControl
    {
        public event RoutedEventHandler Click { add { } remove { } }
    }

    public class Button : ButtonBase
    {
        public bool IsDefault { get; set; }
    }

    public class Label : ContentControl { }

    public class ScrollViewer : ContentControl
    {
        public ScrollBarVisibility VerticalScrollBarVisibility { get; set; }
        public ScrollBarVisibility HorizontalScrollBarVisibility { get; set; }
    }

    public class TextBlock : FrameworkElement
    {
        public TextBlock() { }
        public string Text { get; set; }
        public TextWrapping TextWrapping { get; set; }
        public FontFamily FontFamily { get; set; }
        public double FontSize { get; set; }
    }

    public class TextBox : Control
    {
        public string Text { get; set; }
        public bool IsReadOnly { get; set; }
        public bool AcceptsReturn { get; set; }
        public TextWrapping TextWrapping { get; set; }
        public ScrollBarVisibility VerticalScrollBarVisibility { get; set; }
        public ScrollBarVisibility HorizontalScrollBarVisibility { get; set; }
    }

    public class UIElementCollection : IEnumerable
    {
        public int Count { get { return 0; } }
        public int Add(UIElement element) { return 0; }
        public void Clear() { }
        public IEnumerator GetEnumerator() { return new List<UIElement>().GetEnumerator(); }
    }

    public class Panel : FrameworkElement
    {
        public UIElementCollection Children { get { return new UIElementCollection(); } }
    }

    public class StackPanel : Panel
    {
        public Orientation Orientation { get; set; }
    }

    public class DockPanel : Panel { }

    public class Grid : Panel { }
}
