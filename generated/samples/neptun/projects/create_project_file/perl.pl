use strict;
use warnings;
use HTTP::Tiny;

my $body = '{"title":"My Source File","original_path":"/src/components/App.tsx","context_file_category":"source","context_file_type":"component","text":"export const App = () => <div>Hello World</div>\\n"}';

my $response = HTTP::Tiny->new->request('POST', 'https://neptun-webui.vercel.app/api/users/456/projects/789/resources/files', {
    headers => {
        'Content-Type' => 'application/json',
        'Cookie' => 'neptun-session=your-session-cookie',
    },
    content => $body,
});
print $response->{content}, "\n";
