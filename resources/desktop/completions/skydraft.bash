# bash completion for skydraft                                     -*- shell-script -*-
# Installed as share/bash-completion/completions/skydraft (bash-completion loads it on demand).
# Commands, their options and option values, resource ids for `reach --from/--to`, and file
# arguments filtered by extension. Keep it in step with `skydraft --help`: the install test
# (tests/install/test_install.sh) fails when a command, option or value listed there is
# missing here.

# The ids of a native design ("id" keys, one per line as SkyDraft writes them), and internet.
_skydraft_ids()
{
    local file=$1
    __expand_tilde_by_ref file 2>/dev/null
    if [[ -r $file ]]; then
        sed -n 's/^[[:space:]]*"id":[[:space:]]*"\([^"]*\)".*/\1/p' -- "$file" 2>/dev/null
    fi
    echo internet
}

_skydraft()
{
    local cur prev words cword split
    _init_completion -s || return

    local designs='@(skydraft|json|yaml|yml|template)'
    local templates='@(json|yaml|yml|template)'
    local commands='validate check reach import layout export simulate learn'
    local regions='us-east-1 us-east-2 us-west-1 us-west-2 ca-central-1 sa-east-1
        eu-west-1 eu-west-2 eu-west-3 eu-central-1 eu-central-2 eu-north-1 eu-south-1
        ap-northeast-1 ap-northeast-2 ap-northeast-3 ap-southeast-1 ap-southeast-2
        ap-south-1 ap-east-1 me-south-1 af-south-1'

    if ((cword == 1)); then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W '--help --version' -- "$cur"))
        else
            COMPREPLY=($(compgen -W "$commands" -- "$cur"))
            _filedir "$designs" # skydraft FILE opens the designer
        fi
        return
    fi

    local command=${words[1]}
    # The FILE argument (the first word after the command that is not an option or an
    # option's value) and the value of --to.
    local file= to= i
    for ((i = 2; i < cword; i++)); do
        case ${words[i]} in
            --to=*) to=${words[i]#--to=} ;;
            --to) to=${words[i + 1]}; ((i++)) ;;
            -*=*) ;;
            -*) ((i++)) ;;
            *) [[ -z $file ]] && file=${words[i]} ;;
        esac
    done

    case $prev in
        --format)
            case $command in
                check) COMPREPLY=($(compgen -W 'text json sarif' -- "$cur")) ;;
                *) COMPREPLY=($(compgen -W 'text json' -- "$cur")) ;;
            esac
            return
            ;;
        --protocol)
            COMPREPLY=($(compgen -W 'tcp udp icmp' -- "$cur"))
            return
            ;;
        --lang)
            COMPREPLY=($(compgen -W 'en ko' -- "$cur"))
            return
            ;;
        --from | --entry)
            COMPREPLY=($(compgen -W "$(_skydraft_ids "$file")" -- "$cur"))
            return
            ;;
        --to)
            if [[ $command == reach ]]; then
                COMPREPLY=($(compgen -W "$(_skydraft_ids "$file")" -- "$cur"))
            else
                COMPREPLY=($(compgen -W 'drawio cloudformation terraform png svg pdf' -- "$cur"))
            fi
            return
            ;;
        --region)
            COMPREPLY=($(compgen -W "$regions" -- "$cur"))
            return
            ;;
        --port | --scale | --duration | --seed | --rps | --param)
            return # a number, or Name=Value
            ;;
        --drill)
            _filedir json
            return
            ;;
        --csv)
            _filedir csv
            return
            ;;
        --report)
            _filedir '@(html|htm|pdf)'
            return
            ;;
        -o | --out | --output)
            case $command in
                import | layout) _filedir skydraft ;;
                export)
                    case $to in
                        drawio) _filedir drawio ;;
                        cloudformation) _filedir '@(yaml|yml|json|template)' ;;
                        terraform) _filedir tf ;; # or a folder: a module
                        png | svg | pdf) _filedir "$to" ;;
                        *) _filedir ;;
                    esac
                    ;;
                *) _filedir ;;
            esac
            return
            ;;
    esac
    [[ $split == true ]] && return

    local options
    case $command in
        validate) options='--param --region' ;;
        check) options='--format --param --region' ;;
        reach) options='--from --to --protocol --port --format --param --region' ;;
        import) options='--param --region -o' ;;
        layout) options='-o' ;;
        export) options='--to -o --scale' ;;
        simulate) options='--drill --duration --seed --rps --csv --format --report --entry' ;;
        learn) options='--format --lang' ;;
        *) return ;; # skydraft FILE: the designer takes nothing more
    esac

    if [[ $cur == -* || -n $file ]]; then
        # Options not given yet (--param may repeat).
        local given=" ${words[*]:2:cword-2} " o left=
        for o in $options; do
            [[ $o != --param && ($given == *" $o "* || $given == *" $o="*) ]] && continue
            left+=" $o"
        done
        COMPREPLY=($(compgen -W "$left" -- "$cur"))
        return
    fi
    if [[ $command == import ]]; then
        _filedir "$templates"
    else
        _filedir "$designs"
    fi
} &&
    complete -F _skydraft skydraft

# ex: filetype=sh
