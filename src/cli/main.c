/* main.c - the crosscheck program: picks a subcommand and runs it
 * SPDX-License-Identifier: MIT */
#include <locale.h>
#include <string.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include "cli.h"
#include "xc-version.h"

typedef struct {
  const char *name;
  int       (*run) (int argc, char **argv);
  const char *summary;
} XcCommand;

static const XcCommand xc_commands[] = {
  { "extract", xc_cmd_extract, "find every quantitative and dated claim in articles" },
  { "check",   xc_cmd_check,   "compare sources: where they agree, conflict, or stand alone" },
  { "lint",    xc_cmd_lint,    "check a draft's claims against sources or facts files" },
  { "diff",    xc_cmd_diff,    "what changed between two check reports" },
};

static void
usage (FILE *to)
{
  fprintf (to,
           "Usage: crosscheck COMMAND [OPTION…] PATH…\n\n"
           "Checks whether several sources agree on the facts they state.\n\n"
           "Commands:\n");
  for (gsize i = 0; i < G_N_ELEMENTS (xc_commands); i++)
    fprintf (to, "  %-9s %s\n", xc_commands[i].name, xc_commands[i].summary);
  fprintf (to,
           "\n'crosscheck COMMAND --help' describes a command's options.\n"
           "Exit status: 0 clean, 1 findings (conflicts), 2 usage or input errors.\n");
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
#ifdef __GLIBC__
  /* Documents are read, extracted and freed one after another: keep the freed
   * heap for the next document instead of handing it back to the kernel and
   * faulting it in again (a sixth of extraction time; docs/performance.md). */
  mallopt (M_MMAP_THRESHOLD, 32 * 1024 * 1024);
  mallopt (M_TRIM_THRESHOLD, 256 * 1024 * 1024);
#endif
  if (argc < 2)
    {
      usage (stderr);
      return XC_EXIT_ERROR;
    }
  const char *cmd = argv[1];
  if (g_str_equal (cmd, "--help") || g_str_equal (cmd, "-h") || g_str_equal (cmd, "help"))
    {
      if (argc > 2 && !g_str_equal (cmd, "--help"))
        {
          char *args[] = { argv[2], (char *) "--help", NULL };
          for (gsize i = 0; i < G_N_ELEMENTS (xc_commands); i++)
            if (g_str_equal (argv[2], xc_commands[i].name))
              {
                g_autofree char *name = g_strdup_printf ("crosscheck %s", argv[2]);
                g_set_prgname (name);
                return xc_commands[i].run (2, args);
              }
        }
      usage (stdout);
      return XC_EXIT_OK;
    }
  if (g_str_equal (cmd, "--version") || g_str_equal (cmd, "-V"))
    {
      printf ("crosscheck %s\n", XC_VERSION);
      return XC_EXIT_OK;
    }
  for (gsize i = 0; i < G_N_ELEMENTS (xc_commands); i++)
    if (g_str_equal (cmd, xc_commands[i].name))
      {
        /* usage lines read "crosscheck CMD [OPTION…] …" */
        g_autofree char *name = g_strdup_printf ("crosscheck %s", cmd);
        g_set_prgname (name);
        return xc_commands[i].run (argc - 1, argv + 1);
      }
  xc_cli_error ("unknown command '%s'", cmd);
  usage (stderr);
  return XC_EXIT_ERROR;
}
