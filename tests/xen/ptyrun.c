/* ptyrun.c: runs a command on a pseudo-terminal in the test bed's dom0, so that halvm-run sees a terminal: copies the
 * command's output to stdout, types INPUT once PROMPT has appeared, and exits with the command's status.
 * Usage: ptyrun PROMPT INPUT COMMAND [ARGS...] */
#include <poll.h>
#include <pty.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	if (argc < 4) {
		fprintf(stderr, "usage: ptyrun PROMPT INPUT COMMAND [ARGS...]\n");
		return 2;
	}
	int master;
	pid_t pid = forkpty(&master, NULL, NULL, NULL);
	if (pid < 0) {
		perror("ptyrun: forkpty");
		return 2;
	}
	if (pid == 0) {
		execvp(argv[3], argv + 3);
		perror("ptyrun: exec");
		_exit(127);
	}
	static char seen[65536];
	size_t len = 0;
	int typed = 0;
	alarm(120);
	for (;;) {
		struct pollfd p = {.fd = master, .events = POLLIN};
		if (poll(&p, 1, 100) < 0)
			break;
		if (p.revents) {
			char buf[4096];
			ssize_t n = read(master, buf, sizeof buf);
			if (n <= 0)
				break; /* EIO: the command and its children closed the terminal */
			fwrite(buf, 1, n, stdout);
			fflush(stdout);
			if (len + n < sizeof seen) {
				memcpy(seen + len, buf, n);
				len += n;
				seen[len] = 0;
			}
		}
		if (!typed && strstr(seen, argv[1])) {
			write(master, argv[2], strlen(argv[2]));
			typed = 1;
		}
	}
	int status;
	waitpid(pid, &status, 0);
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}
