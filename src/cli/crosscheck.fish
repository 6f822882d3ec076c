# crosscheck.fish - fish completion for the crosscheck program and its subcommands
# SPDX-License-Identifier: MIT

set -l commands extract check lint diff help
# no files until a command is named, nor after help; files after the others
complete -c crosscheck -n "not __fish_seen_subcommand_from $commands" -f
complete -c crosscheck -n "__fish_seen_subcommand_from help" -f
complete -c crosscheck -n "not __fish_seen_subcommand_from $commands" -a extract -d 'find every quantitative and dated claim'
complete -c crosscheck -n "not __fish_seen_subcommand_from $commands" -a check -d 'compare sources: agree, conflict, single'
complete -c crosscheck -n "not __fish_seen_subcommand_from $commands" -a lint -d 'check a draft against sources'
complete -c crosscheck -n "not __fish_seen_subcommand_from $commands" -a diff -d 'what changed between two reports'
complete -c crosscheck -n "not __fish_seen_subcommand_from $commands" -a help -d 'describe a command'
complete -c crosscheck -n "not __fish_seen_subcommand_from $commands" -l version -d 'show the version'
complete -c crosscheck -n "__fish_seen_subcommand_from help" -a 'extract check lint diff'

# every command
set -l run extract check lint diff
complete -c crosscheck -n "__fish_seen_subcommand_from $run" -s o -l output -r -F -d 'write the output to FILE'
complete -c crosscheck -n "__fish_seen_subcommand_from $run" -l color -x -a 'auto always never' -d 'colour'
complete -c crosscheck -n "__fish_seen_subcommand_from $run" -s q -l quiet -d 'no warnings or summary'
complete -c crosscheck -n "__fish_seen_subcommand_from $run" -s v -l verbose -d 'more on standard error'
complete -c crosscheck -n "__fish_seen_subcommand_from $run" -s h -l help -d 'show the options'

# articles
set -l read extract check lint
complete -c crosscheck -n "__fish_seen_subcommand_from $read" -s m -l manifest -r -F -d 'TSV of sources and dates'
complete -c crosscheck -n "__fish_seen_subcommand_from $read" -s p -l published -x -d 'publication date YYYY-MM-DD'
complete -c crosscheck -n "__fish_seen_subcommand_from $read diff" -l stdin-name -x -d 'what standard input is called'

complete -c crosscheck -n "__fish_seen_subcommand_from extract" -s f -l format -x -a 'text json jsonl'
complete -c crosscheck -n "__fish_seen_subcommand_from check" -s f -l format -x -a 'text markdown json html'
complete -c crosscheck -n "__fish_seen_subcommand_from lint" -s f -l format -x -a 'gnu json sarif rdjsonl github markdown'
complete -c crosscheck -n "__fish_seen_subcommand_from diff" -s f -l format -x -a 'text markdown json'
complete -c crosscheck -n "__fish_seen_subcommand_from check" -l fail-on -x -a 'conflict never'
complete -c crosscheck -n "__fish_seen_subcommand_from lint" -l fail-on -x -a 'error warning note never'
complete -c crosscheck -n "__fish_seen_subcommand_from diff" -l fail-on -x -a 'new changed never'
complete -c crosscheck -n "__fish_seen_subcommand_from check lint" -s t -l tolerance -x -d 'widen intervals by this fraction'
complete -c crosscheck -n "__fish_seen_subcommand_from check diff" -s a -l all -d 'list everything'
complete -c crosscheck -n "__fish_seen_subcommand_from check" -s j -l jobs -x -d 'threads to use'

complete -c crosscheck -n "__fish_seen_subcommand_from lint" -l against -r -F -d 'sources to check against'
complete -c crosscheck -n "__fish_seen_subcommand_from lint" -l facts -r -F -d 'facts files'
complete -c crosscheck -n "__fish_seen_subcommand_from lint" -l unsupported -x -a 'warning note error off'
complete -c crosscheck -n "__fish_seen_subcommand_from lint" -l severity -x -a 'contradicted= contested= unsupported= supported= unused-suppression='
complete -c crosscheck -n "__fish_seen_subcommand_from lint" -s c -l config -r -F -d 'configuration file'
complete -c crosscheck -n "__fish_seen_subcommand_from lint" -l no-config -d 'read no configuration file'
complete -c crosscheck -n "__fish_seen_subcommand_from lint" -s b -l baseline -r -F -d 'baseline to compare with'
complete -c crosscheck -n "__fish_seen_subcommand_from lint" -l write-baseline -r -F -d 'write the findings as a baseline'
complete -c crosscheck -n "__fish_seen_subcommand_from lint" -l include -x -d 'glob of files to read in folders'
complete -c crosscheck -n "__fish_seen_subcommand_from lint" -l exclude -x -d 'glob of paths to skip in folders'
complete -c crosscheck -n "__fish_seen_subcommand_from lint" -l dollar -x -d 'the currency a bare $ means'
