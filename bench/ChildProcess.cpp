#include "ChildProcess.h"

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

namespace nw {

ChildRun runChild(const std::vector<std::string>& argv, const std::vector<std::string>& environment)
{
    ChildRun run;
    if (argv.empty())
        return run;
    int pipeEnds[2];
    if (pipe(pipeEnds) != 0)
        return run;
    std::vector<char*> args;
    for (const std::string& a : argv)
        args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    // The environment is built before fork(): the child only calls async-signal-safe
    // functions until exec.
    std::vector<std::string> variables = environment;
    for (char** e = environ; *e; ++e) {
        const std::string entry = *e;
        const std::string name = entry.substr(0, entry.find('=') + 1);
        const bool replaced = std::any_of(environment.begin(), environment.end(),
            [&](const std::string& v) { return v.compare(0, name.size(), name) == 0; });
        if (!replaced)
            variables.push_back(entry);
    }
    std::vector<char*> envp;
    for (std::string& v : variables)
        envp.push_back(v.data());
    envp.push_back(nullptr);
    const pid_t pid = fork();
    if (pid < 0) {
        close(pipeEnds[0]);
        close(pipeEnds[1]);
        return run;
    }
    if (pid == 0) {
        dup2(pipeEnds[1], STDOUT_FILENO);
        const int devNull = open("/dev/null", O_WRONLY);
        if (devNull >= 0)
            dup2(devNull, STDERR_FILENO);
        close(pipeEnds[0]);
        close(pipeEnds[1]);
        execvpe(args[0], args.data(), envp.data());
        _exit(127);
    }
    close(pipeEnds[1]);
    char buffer[4096];
    for (;;) {
        const ssize_t n = read(pipeEnds[0], buffer, sizeof buffer);
        if (n > 0)
            run.output.append(buffer, static_cast<std::size_t>(n));
        else if (n == 0 || errno != EINTR)
            break;
    }
    close(pipeEnds[0]);
    int status = 0;
    rusage usage {};
    while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) { }
    run.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    run.peakMemoryMb = static_cast<double>(usage.ru_maxrss) / 1024.0; // Linux reports KiB
    return run;
}

} // namespace nw
