# The LibreAuth SDK surface the Perl docs samples call; bodies do nothing.
package LibreAuth;

use strict;
use warnings;

sub new {
    my ($class, $name, $ownerid, $version, $url) = @_;
    return bless { url => $url }, $class;
}

sub register {
    my ($self, $username, $pass, $key) = @_;
    return {};
}

sub login {
    my ($self, $username, $pass) = @_;
    return {};
}

sub license {
    my ($self, $key) = @_;
    return {};
}

sub upgrade {
    my ($self, $username, $key) = @_;
    return {};
}

sub change_username {
    my ($self, $new_username) = @_;
    return {};
}

sub check_blacklist {
    my ($self, $hwid) = @_;
    return {};
}

sub ban {
    my ($self) = @_;
    return {};
}

sub chat_get {
    my ($self, $channel) = @_;
    return {};
}

sub chat_send {
    my ($self, $message, $channel) = @_;
    return {};
}

sub var {
    my ($self, $varid) = @_;
    return {};
}

sub get_var {
    my ($self, $var) = @_;
    return {};
}

sub set_var {
    my ($self, $var, $data) = @_;
    return {};
}

sub file {
    my ($self, $fileid) = @_;
    return {};
}

sub webhook {
    my ($self, $webid, $params) = @_;
    return {};
}

sub log {
    my ($self, $pcuser, $message) = @_;
    return {};
}

sub health {
    my ($self) = @_;
    return {};
}

sub init {
    my ($self) = @_;
    return {};
}

sub check {
    my ($self) = @_;
    return {};
}

sub logout {
    my ($self) = @_;
    return {};
}

sub fetch_online {
    my ($self) = @_;
    return {};
}

sub fetch_stats {
    my ($self) = @_;
    return {};
}

sub enable_2fa {
    my ($self) = @_;
    return {};
}

sub disable_2fa {
    my ($self, $code) = @_;
    return {};
}

1;
